import type { TextSegment } from './reply-model.js';
import { splitHighlights } from './split-highlights.js';

// A word as people read it: letters and digits, with inner apostrophes (don't, guild's).
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;
// What is marked whole: words joined by '.', '-' or '_' (Node.js, command-line, DEBUG_COLORS) read
// as one, so a match on one of their words never bolds half of them ("In **Node**.js").
const TOKEN = /[\p{L}\p{N}]+(?:[.\-_'’][\p{L}\p{N}]+)*/gu;

/** The distinct words of some text, lower-cased: what markWords looks for. */
export function wordsOf(text: string): string[] {
  return [...new Set(Array.from(text.matchAll(WORD), (m) => m[0].toLowerCase()))];
}

/**
 * Splits prose into plain and bold runs, bold where a token holds one of `words` (lower-cased): the
 * whole token, `**command-line**`, never part of it. Tokens that matched side by side, with only
 * spaces between, make one bold run, as the engine's highlights do.
 */
export function markWords(text: string, words: ReadonlySet<string>): TextSegment[] {
  if (words.size === 0) return [{ text, bold: false }];
  const ranges: { start: number; end: number }[] = [];
  for (const match of text.matchAll(TOKEN)) {
    if (!wordsOf(match[0]).some((word) => words.has(word))) continue;
    const start = match.index;
    const end = start + match[0].length;
    const last = ranges.at(-1);
    if (last && /^\s*$/u.test(text.slice(last.end, start))) last.end = end;
    else ranges.push({ start, end });
  }
  return splitHighlights(text, ranges);
}

/**
 * The engine's highlights widened to whole tokens (see TOKEN), so a passage quoted as plain text
 * reads `**Node.js**` rather than `**Node**.js`.
 */
export function wholeTokens(
  text: string,
  ranges: readonly { readonly start: number; readonly end: number }[],
): { start: number; end: number }[] {
  const tokens = Array.from(text.matchAll(TOKEN), (m) => ({ start: m.index, end: m.index + m[0].length }));
  return ranges.map(({ start, end }) => {
    const overlapping = tokens.filter((t) => t.start < end && t.end > start);
    return {
      start: Math.min(start, overlapping[0]?.start ?? start),
      end: Math.max(end, overlapping.at(-1)?.end ?? end),
    };
  });
}
