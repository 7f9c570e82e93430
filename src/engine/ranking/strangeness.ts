import type { ResolvedQuery } from '../query/resolve-query.js';
import { THESAURUS_WEIGHT } from '../query/resolve-query.js';
import { rarityWeight } from './window-coverage.js';

/**
 * The share of a question (rarity-weighted) the content meets only through a thesaurus guess
 * ("founded" read as "launch"): a question the content says little of in its own words is likely
 * about something else, whatever names it shares with an entry, and the decision asks it for more.
 */
export function guessedShare(query: ResolvedQuery): number {
  let total = 0;
  let guessed = 0;
  for (const unit of query.units) {
    const weight = rarityWeight(unit.word);
    total += weight;
    const best = unit.alternatives.reduce((m, a) => Math.max(m, a.weight), 0);
    if (unit.known && best > 0 && best <= THESAURUS_WEIGHT) guessed += weight;
  }
  return total === 0 ? 0 : guessed / total;
}
