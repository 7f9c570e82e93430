import { describe, expect, it } from 'vitest';
import { docsSites, PAGES_OUT_OF_SCOPE_DECLINED, pooledDeclined } from './docs-sets.js';
import {
  EVAL_SETS,
  evaluateSet,
  OFF_TOPIC_EACH_PACK,
  squadSpec,
  SQUAD_ARTICLES,
  SQUAD_POOLED_BARS,
  type EvalBars,
  type EvalReport,
} from './evaluate.js';

// The quality bars of the answer engine, per question set: the right paragraph first, questions to
// decline declined, and (for dropped-in articles) few answerable questions turned away.
// `npm run eval` prints the same figures with every miss, and the cross-validated ones.
// Each set is asked once per run, whether its own bars or a pooled bar reads it.
const reports = new Map<string, Promise<EvalReport>>();
function reportOf(path: string): Promise<EvalReport> {
  let report = reports.get(path);
  if (!report) reports.set(path, (report = evaluateSet(path)));
  return report;
}

const gated = EVAL_SETS.flatMap((set) => (set.bars ? [{ ...set, bars: set.bars }] : []));

function expectBars(report: EvalReport, bars: EvalBars): void {
  expect(report.unresolved, 'every answer snippet is found in a passage').toEqual([]);
  const misses = report.misses
    .slice(0, 40)
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
  if (bars.offTopicDeclined !== undefined)
    expect(report.offTopicDeclined, `off-topic declined; misses:\n${misses}`).toBeGreaterThanOrEqual(
      bars.offTopicDeclined,
    );
}

describe.each(gated)('question set $label', ({ path, bars }: { path: string; bars: EvalBars }) => {
  it('meets its bars', async () => {
    expectBars(await reportOf(path), bars);
  });
});

describe('the nine SQuAD dev articles, together', () => {
  it('meet the targets, and rank the right paragraph first more often than plain BM25', async () => {
    const reports = await Promise.all(SQUAD_ARTICLES.map((slug) => evaluateSet(squadSpec(slug))));
    const n = reports.reduce((sum, r) => sum + r.inScope, 0);
    const others = reports.reduce((sum, r) => sum + r.outOfScope, 0);
    const share = (of: (r: EvalReport) => number, weight: (r: EvalReport) => number, total: number): number =>
      reports.reduce((sum, r) => sum + of(r) * weight(r), 0) / total;
    const pooled: EvalReport = {
      ...reports[0]!,
      name: 'SQuAD nine',
      top1: share(
        (r) => r.top1,
        (r) => r.inScope,
        n,
      ),
      answerableDeclined: share(
        (r) => r.answerableDeclined,
        (r) => r.inScope,
        n,
      ),
      declineRate: share(
        (r) => r.declineRate,
        (r) => r.outOfScope,
        others,
      ),
      offTopicDeclined: share(
        (r) => r.offTopicDeclined,
        () => 1,
        reports.length,
      ),
      misses: [],
    };
    expectBars(pooled, SQUAD_POOLED_BARS);
    // Off-topic questions are declined on each article, not only on average.
    for (const r of reports)
      expect(r.offTopicDeclined, `off-topic declined on ${r.name}`).toBeGreaterThanOrEqual(
        OFF_TOPIC_EACH_PACK,
      );
    const ours = share(
      (r) => r.rankedFirst,
      (r) => r.inScope,
      n,
    );
    const bm25 = share(
      (r) => r.bm25First,
      (r) => r.inScope,
      n,
    );
    expect(ours, `ranked first ${ours}, plain BM25 ${bm25}`).toBeGreaterThan(bm25);
  }, 120_000);
});

describe.each(docsSites())('the documentation pages of $site, one by one', ({ pages }) => {
  it('decline the questions of their site that they do not answer, together', async () => {
    expect(pages.length).toBeGreaterThan(1);
    const reports = await Promise.all(pages.map(reportOf));
    const declined = pooledDeclined(
      reports.map((r) => ({ declined: r.declineRate * r.outOfScope, asked: r.outOfScope })),
    );
    const answered = reports.flatMap((r) =>
      r.misses.filter((m) => m.expected === 'declined').map((m) => `${r.name}: ${m.question} → ${m.got}`),
    );
    expect(declined, `declined ${declined}; answered:\n${answered.join('\n')}`).toBeGreaterThanOrEqual(
      PAGES_OUT_OF_SCOPE_DECLINED,
    );
  });
});
