import { damerauLevenshtein } from './edit-distance.js';

/** Every word the content uses, for correcting typos and completing a half-typed word. */
export interface Vocabulary {
  /** The key of a word within the allowed edit distance, preferring closer then commoner words. */
  correct(word: string): string | undefined;
  /** Keys of words starting with a prefix, commonest first. */
  complete(prefix: string, limit: number): string[];
  has(key: string): boolean;
}

/** Typos allowed: none in short words (too many real words lie one edit apart), one from six letters, two from eight. */
export function allowedEdits(length: number): number {
  if (length >= 8) return 2;
  if (length >= 6) return 1;
  return 0;
}

/** Indexes words by first letter, so a lookup compares only plausible neighbours. */
export function createVocabulary(
  words: ReadonlyMap<string, string>,
  documentFrequency: ReadonlyMap<string, number>,
): Vocabulary {
  const byFirst = new Map<string, { word: string; key: string; df: number }[]>();
  for (const [word, key] of words) {
    const list = byFirst.get(word[0] ?? '') ?? [];
    list.push({ word, key, df: documentFrequency.get(key) ?? 0 });
    byFirst.set(word[0] ?? '', list);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.df - a.df || (a.word < b.word ? -1 : 1));

  return {
    correct(word) {
      const limit = allowedEdits(word.length);
      if (limit === 0) return undefined;
      let best: { key: string; distance: number } | undefined;
      // A typo rarely hits the first letter; a swap of the first two letters is allowed for.
      const swapped = `${word[1] ?? ''}${word[0] ?? ''}`;
      for (const first of new Set([word[0] ?? '', word[1] ?? ''])) {
        for (const candidate of byFirst.get(first) ?? []) {
          if (Math.abs(candidate.word.length - word.length) > limit) continue;
          if (first !== word[0] && !candidate.word.startsWith(swapped)) continue;
          const distance = damerauLevenshtein(word, candidate.word, limit);
          if (distance <= limit && (!best || distance < best.distance))
            best = { key: candidate.key, distance };
        }
      }
      return best?.key;
    },
    complete(prefix, limit) {
      const keys: string[] = [];
      for (const candidate of byFirst.get(prefix[0] ?? '') ?? []) {
        if (candidate.word.startsWith(prefix) && !keys.includes(candidate.key)) keys.push(candidate.key);
        if (keys.length >= limit) break;
      }
      return keys;
    },
    has: (key) => documentFrequency.has(key),
  };
}
