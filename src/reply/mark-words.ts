import type { TextSegment } from './reply-model.js';
import { splitHighlights } from './split-highlights.js';

// A word as people read it: letters and digits, with inner apostrophes (don't, guild's).
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;

/** The distinct words of some text, lower-cased: what markWords looks for. */
export function wordsOf(text: string): string[] {
  return [...new Set(Array.from(text.matchAll(WORD), (m) => m[0].toLowerCase()))];
}

/**
 * Splits prose into plain and bold runs, bold where a word is one of `words` (lower-cased). Words
 * that matched side by side, with only spaces between, make one bold run, as the engine's
 * highlights do.
 */
export function markWords(text: string, words: ReadonlySet<string>): TextSegment[] {
  if (words.size === 0) return [{ text, bold: false }];
  const ranges: { start: number; end: number }[] = [];
  for (const match of text.matchAll(WORD)) {
    if (!words.has(match[0].toLowerCase())) continue;
    const start = match.index;
    const end = start + match[0].length;
    const last = ranges.at(-1);
    if (last && /^\s*$/u.test(text.slice(last.end, start))) last.end = end;
    else ranges.push({ start, end });
  }
  return splitHighlights(text, ranges);
}
