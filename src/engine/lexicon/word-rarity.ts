import { wordZipf } from './word-frequencies.js';

/**
 * Zipf frequency of a folded word in spoken English (log10 per billion words); 0 when unseen. A name of
 * several words ("graphics processing unit") is as rare as its rarest word.
 */
export function zipfOf(word: string): number {
  return Math.min(...word.split(' ').map(wordZipf));
}
