import { frequencyRank } from './word-frequencies.js';

/** How ordinary a word is in spoken English: 'everyday' (the top 1,000), 'common' (the top 5,000), or 'rare'. */
export type Commonness = 'everyday' | 'common' | 'rare';

const EVERYDAY_WORD_COUNT = 1_000;
const COMMON_WORD_COUNT = 5_000;

/** How ordinary a folded word is. */
export function commonnessOf(word: string): Commonness {
  const rank = frequencyRank(word);
  if (rank === undefined || rank >= COMMON_WORD_COUNT) return 'rare';
  return rank < EVERYDAY_WORD_COUNT ? 'everyday' : 'common';
}
