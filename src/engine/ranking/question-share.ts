import type { ResolvedQuery } from '../query/resolve-query.js';
import { rarityWeight } from './window-coverage.js';

type Unit = ResolvedQuery['units'][number];

/** A word's weight by its rarity in everyday English (window-coverage.ts). */
export const byRarity = (unit: Unit): number => rarityWeight(unit.word);
/** A word's weight by its inverse document frequency in the content. */
export const byIdf = (unit: Unit): number => unit.idf;

/**
 * The share of a question, each word weighted by `weightOf`, in the words `counts` picks; `empty`
 * when the words weigh nothing. The one loop behind the shares the decision reads (the guessed,
 * known, absent, missed-name and unknown-ordinary shares).
 */
export function questionShare(
  units: readonly Unit[],
  weightOf: (unit: Unit) => number,
  counts: (unit: Unit) => boolean,
  empty = 0,
): number {
  let total = 0;
  let part = 0;
  for (const unit of units) {
    const weight = weightOf(unit);
    total += weight;
    if (counts(unit)) part += weight;
  }
  return total === 0 ? empty : part / total;
}
