import type { ResolvedQuery } from '../query/resolve-query.js';
import { THESAURUS_WEIGHT } from '../query/resolve-query.js';
import { byRarity, questionShare } from './question-share.js';

/**
 * The share of a question (rarity-weighted) the content meets only through a thesaurus guess
 * ("founded" read as "launch"): a question the content says little of in its own words is likely
 * about something else, whatever names it shares with an entry, and the decision asks it for more.
 */
export function guessedShare(query: ResolvedQuery): number {
  return questionShare(query.units, byRarity, (unit) => {
    const best = unit.alternatives.reduce((m, a) => Math.max(m, a.weight), 0);
    return unit.known && best > 0 && best <= THESAURUS_WEIGHT;
  });
}
