import { describe, expect, it } from 'vitest';
import { isWellFormed } from './well-formed.js';
import { splitHighlights } from '../../src/reply/split-highlights.js';

describe('splitHighlights', () => {
  it('splits text into plain and bold runs in order', () => {
    expect(splitHighlights('the GPU is fast', [{ start: 4, end: 7 }])).toEqual([
      { text: 'the ', bold: false },
      { text: 'GPU', bold: true },
      { text: ' is fast', bold: false },
    ]);
  });

  it('sorts ranges and merges overlapping and adjacent ones', () => {
    const runs = splitHighlights('abcdefgh', [
      { start: 5, end: 7 },
      { start: 0, end: 2 },
      { start: 1, end: 3 },
      { start: 3, end: 4 },
    ]);
    expect(runs).toEqual([
      { text: 'abcd', bold: true },
      { text: 'e', bold: false },
      { text: 'fg', bold: true },
      { text: 'h', bold: false },
    ]);
  });

  it('clamps out-of-range, empty and reversed ranges', () => {
    expect(
      splitHighlights('abc', [
        { start: -5, end: 1 },
        { start: 2, end: 99 },
        { start: 2, end: 1 },
      ]),
    ).toEqual([
      { text: 'a', bold: true },
      { text: 'b', bold: false },
      { text: 'c', bold: true },
    ]);
    expect(splitHighlights('abc', [{ start: Number.NaN, end: 2 }])).toEqual([
      { text: 'ab', bold: true },
      { text: 'c', bold: false },
    ]);
  });

  it('never splits a surrogate pair', () => {
    const text = 'a😀b';
    const runs = splitHighlights(text, [{ start: 2, end: 4 }]);
    expect(runs.map((r) => r.text).join('')).toBe(text);
    for (const run of runs) expect(isWellFormed(run.text)).toBe(true);
  });

  it('returns the whole text as one plain run without highlights', () => {
    expect(splitHighlights('plain', [])).toEqual([{ text: 'plain', bold: false }]);
    expect(splitHighlights('', [{ start: 0, end: 3 }])).toEqual([]);
  });
});
