import type { ResolvedQuery } from '../query/resolve-query.js';
import { TUNING } from '../tuning.js';
import { rarityWeight } from './window-coverage.js';

/**
 * The share of the question (each word weighted by its rarity in everyday English) in ordinary English
 * words the content never uses ("eggs", "white", "lawyer", "pizza"): each names a thing the content
 * does not talk about. "why is the price of eggs so high" meets the GPU-prices entry through "price"
 * and "high", but asks about eggs. A rare word the content lacks is more often a form of one it has
 * ("partnering" for "partnership") and weighs nothing here; and a long question says more than it
 * asks, so its share counts for less (as what it leaves unmatched does in the ranking).
 */
export function unknownOrdinaryShare(query: ResolvedQuery): number {
  let total = 0;
  let unknown = 0;
  for (const unit of query.units) {
    const weight = rarityWeight(unit.word);
    total += weight;
    if (!unit.known && !unit.numeric && unit.commonness !== 'rare') unknown += weight;
  }
  const share = total === 0 ? 0 : unknown / total;
  const { longQuestionUnits, longUnmatchedFactor } = TUNING.ranking;
  return query.units.length >= longQuestionUnits ? share * longUnmatchedFactor : share;
}
