import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { damerauLevenshtein } from '../../src/engine/indexing/edit-distance.js';

/** The distance as first written, with fresh rows per call: the reference the reused rows must match. */
function reference(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previousPrevious: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        value = Math.min(value, previousPrevious[j - 2]! + 1);
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > limit) return limit + 1;
    previousPrevious = previous;
    previous = current;
  }
  return previous[b.length]!;
}

describe('damerauLevenshtein with reused rows', () => {
  it('gives what fresh rows give, call after call, for words of any lengths', () => {
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'd'), maxLength: 14 });
    fc.assert(
      fc.property(
        fc.array(fc.tuple(word, word, fc.integer({ min: 0, max: 4 })), { maxLength: 8 }),
        (pairs) => {
          for (const [a, b, limit] of pairs)
            expect(damerauLevenshtein(a, b, limit)).toBe(reference(a, b, limit));
        },
      ),
      { numRuns: 400 },
    );
  });
});
