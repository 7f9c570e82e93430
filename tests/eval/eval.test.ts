import { describe, expect, it } from 'vitest';
import { EVAL_SETS, evaluateSet } from './evaluate.js';

// The quality bar of the answer engine: top-1 accuracy on in-scope questions and the decline rate
// on out-of-scope ones, for the real article (with curated phrasings) and for a second pack on
// another subject with none. `npm run eval` prints the same figures with every miss.
describe.each(EVAL_SETS)('question set $path', ({ path, bar }) => {
  it(`answers at least ${bar * 100}% right first and declines at least ${bar * 100}% of out-of-scope questions`, async () => {
    const report = await evaluateSet(path);
    const misses = report.misses.map((m) => `${m.question} → expected ${m.expected}, got ${m.got}`);
    expect(report.top1, `top-1 ${report.top1}; misses:\n${misses.join('\n')}`).toBeGreaterThanOrEqual(bar);
    expect(
      report.declineRate,
      `decline rate ${report.declineRate}; misses:\n${misses.join('\n')}`,
    ).toBeGreaterThanOrEqual(bar);
  });
});
