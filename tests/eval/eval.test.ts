import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import {
  DOCS_RIGHT_FIRST,
  OFF_TOPIC_DECLINED,
  OUT_OF_SCOPE_DECLINED,
  docsSetName,
  docsSetPaths,
  offTopicDeclined,
} from './docs-sets.js';
import { EVAL_SETS, EvalSetSchema, evaluateSet, type EvalBars } from './evaluate.js';

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

// The real documentation pages (tests/eval/docs), each page alone and each site's pages together.
describe.each(docsSetPaths())('docs set %s', (path) => {
  it('meets its bars, every answer snippet found in a passage', async () => {
    const report = await evaluateSet(path);
    const content = EvalSetSchema.parse(JSON.parse(await readFile(path, 'utf8'))).content;
    const offTopic = await offTopicDeclined(content);
    const misses = report.misses
      .map((m) => `${m.question} → expected ${m.expected}, got ${m.got}`)
      .join('\n');
    expect(report.unresolved).toEqual([]);
    const bar = DOCS_RIGHT_FIRST[docsSetName(path)];
    expect(bar, 'every docs set has a bar').toBeDefined();
    expect(report.top1, `right first; misses:\n${misses}`).toBeGreaterThanOrEqual(bar ?? 1);
    expect(report.declineRate, `out of scope declined; misses:\n${misses}`).toBeGreaterThanOrEqual(
      OUT_OF_SCOPE_DECLINED,
    );
    expect(offTopic.share, `off-topic answered:\n${offTopic.answered.join('\n')}`).toBeGreaterThanOrEqual(
      OFF_TOPIC_DECLINED,
    );
  });
});
