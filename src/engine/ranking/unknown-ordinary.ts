import type { ResolvedQuery } from '../query/resolve-query.js';
import { TUNING } from '../tuning.js';
import { byRarity, questionShare } from './question-share.js';

/**
 * The share of the question (each word weighted by its rarity in everyday English) in ordinary English
 * words the content never uses ("eggs", "white", "lawyer", "pizza"): each names a thing the content
 * does not talk about. "why is the price of eggs so high" meets the GPU-prices entry through "price"
 * and "high", but asks about eggs. A rare word the content lacks is more often a form of one it has
 * ("partnering" for "partnership") and weighs nothing here; and a long question says more than it
 * asks, so its share counts for less (as what it leaves unmatched does in the ranking).
 */
export function unknownOrdinaryShare(query: ResolvedQuery): number {
  const share = questionShare(
    query.units,
    byRarity,
    (unit) => !unit.known && !unit.numeric && unit.commonness !== 'rare',
  );
  const { longQuestionUnits, longUnmatchedFactor } = TUNING.ranking;
  return query.units.length >= longQuestionUnits ? share * longUnmatchedFactor : share;
}
