import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { kthLargest } from '../../src/engine/ranking/kth-largest.js';

const sorted = (scores: Float64Array, k: number): number =>
  Float64Array.from(scores).sort()[scores.length - k]!;

describe('kthLargest', () => {
  it('is the value an ascending sort puts at length - k, ties and NaN included', () => {
    const score = fc.oneof(
      fc.constantFrom(0, 0.5, 1),
      fc.double({ min: -1, max: 3, noNaN: true, noDefaultInfinity: true }),
      fc.constant(Number.NaN),
    );
    fc.assert(
      fc.property(fc.array(score, { minLength: 1, maxLength: 300 }), fc.nat(), (values, pick) => {
        const scores = Float64Array.from(values);
        const k = 1 + (pick % scores.length);
        // -0 and 0 compare equal, as the ranking's >= does.
        expect(
          kthLargest(scores, k) === sorted(scores, k) || Object.is(kthLargest(scores, k), sorted(scores, k)),
        ).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('leaves the scores as they were, and reads a long list of equal scores', () => {
    const scores = Float64Array.from({ length: 10_000 }, (_, i) => (i % 7 === 0 ? 0.25 : 0.5));
    const copy = Float64Array.from(scores);
    expect(kthLargest(scores, 64)).toBe(0.5);
    expect(kthLargest(scores, 9_000)).toBe(0.25);
    expect(scores).toEqual(copy);
  });
});
