import type { Highlight } from '../engine/index.js';
import type { TextSegment } from './reply-model.js';

/**
 * Splits text into plain and bold runs from character ranges. Ranges are clamped to the text,
 * sorted and merged, so overlapping or out-of-range highlights are harmless.
 */
export function splitHighlights(text: string, highlights: readonly Highlight[]): TextSegment[] {
  const ranges = highlights
    .map((h) => ({
      start: snap(text, clamp(h.start, text.length)),
      end: snap(text, clamp(h.end, text.length)),
    }))
    .filter((r) => r.end > r.start)
    .sort((a, b) => a.start - b.start);
  const segments: TextSegment[] = [];
  let cursor = 0;
  for (const range of ranges) {
    if (range.end <= cursor) continue;
    const start = Math.max(range.start, cursor);
    if (start > cursor) segments.push({ text: text.slice(cursor, start), bold: false });
    const last = segments.at(-1);
    // Adjacent or overlapping ranges merge into the previous bold run.
    if (last?.bold === true && start === cursor) {
      segments[segments.length - 1] = { text: last.text + text.slice(start, range.end), bold: true };
    } else {
      segments.push({ text: text.slice(start, range.end), bold: true });
    }
    cursor = range.end;
  }
  if (cursor < text.length) segments.push({ text: text.slice(cursor), bold: false });
  return segments;
}

// A boundary inside a surrogate pair moves before the pair, so no run holds half a character.
function snap(text: string, index: number): number {
  const code = text.charCodeAt(index);
  const before = text.charCodeAt(index - 1);
  const inPair = code >= 0xdc00 && code <= 0xdfff && before >= 0xd800 && before <= 0xdbff;
  return inPair ? index - 1 : index;
}

function clamp(n: number, max: number): number {
  return Number.isFinite(n) ? Math.min(Math.max(Math.trunc(n), 0), max) : 0;
}
