import { describe, expect, it } from 'vitest';
import { EVAL_SETS, evaluateSet, type EvalBars } from './evaluate.js';

// The quality bars of the answer engine, per question set: the right paragraph first, questions to
// decline declined, and (for dropped-in articles) few answerable questions turned away.
// `npm run eval` prints the same figures with every miss.
const gated = EVAL_SETS.flatMap((set) => (set.bars ? [{ ...set, bars: set.bars }] : []));

describe.each(gated)('question set $label', ({ path, bars }: { path: string; bars: EvalBars }) => {
  it('meets its bars', async () => {
    const report = await evaluateSet(path);
    const misses = report.misses
      .map((m) => `${m.question} → expected ${m.expected}, got ${m.got}`)
      .join('\n');
    expect(report.top1, `right first ${report.top1}; misses:\n${misses}`).toBeGreaterThanOrEqual(
      bars.rightFirst,
    );
    expect(report.declineRate, `declined ${report.declineRate}; misses:\n${misses}`).toBeGreaterThanOrEqual(
      bars.outOfScopeDeclined,
    );
    if (bars.maxAnswerableDeclined !== undefined)
      expect(report.answerableDeclined, `answerable declined; misses:\n${misses}`).toBeLessThanOrEqual(
        bars.maxAnswerableDeclined,
      );
  });
});
