import type { ResolvedQuery } from '../query/resolve-query.js';
import { THESAURUS_WEIGHT } from '../query/resolve-query.js';
import { rarityWeight } from './window-coverage.js';

/** How much of a question the content does not say in its own words, as shares of its rarity weight. */
export interface Strangeness {
  /** Words the content never uses ("tsmc" in a cookbook, "white" in "why are clouds white"). */
  readonly unknown: number;
  /** Words the content has only as a thesaurus guess ("founded" read as "launch"). */
  readonly guessed: number;
}

/**
 * A question most of whose words the content never uses, or meets only through a guessed sense, is
 * likely about something else, whatever entry shares its other words: the decision asks it for more.
 */
export function strangenessOf(query: ResolvedQuery): Strangeness {
  let total = 0;
  let unknown = 0;
  let guessed = 0;
  for (const unit of query.units) {
    const weight = rarityWeight(unit.word);
    total += weight;
    const best = unit.alternatives.reduce((m, a) => Math.max(m, a.weight), 0);
    if (!unit.known || best === 0) unknown += weight;
    else if (best <= THESAURUS_WEIGHT) guessed += weight;
  }
  return total === 0 ? { unknown: 0, guessed: 0 } : { unknown: unknown / total, guessed: guessed / total };
}
