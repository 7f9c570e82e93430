// `npm run eval`: for each question set, right-first, MRR@3, answerable questions declined, questions
// to decline declined, SQuAD's unanswerable questions declined (reported, not gated), and every miss.
import { EVAL_SETS, evaluateSet, type EvalBars } from './evaluate.js';

const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;
const barsOf = (bars: EvalBars | undefined): string =>
  bars
    ? `bars: right first ≥ ${pct(bars.rightFirst)}, declined ≥ ${pct(bars.outOfScopeDeclined)}` +
      (bars.maxAnswerableDeclined === undefined
        ? ''
        : `, answerable declined ≤ ${pct(bars.maxAnswerableDeclined)}`)
    : 'reported, not gated';

for (const { path, label, bars } of EVAL_SETS) {
  const report = await evaluateSet(path);
  console.log(`\n== ${label} — ${path} (${barsOf(bars)})`);
  console.log(
    `answerable ${report.inScope}: right first ${pct(report.top1)}, MRR@3 ${report.mrr3.toFixed(3)}, declined ${pct(report.answerableDeclined)}`,
  );
  console.log(`to decline ${report.outOfScope}: declined ${pct(report.declineRate)}`);
  if (report.unanswerable > 0)
    console.log(
      `unanswerable (SQuAD is_impossible) ${report.unanswerable}: declined ${pct(report.unanswerableDeclined)}`,
    );
  for (const miss of report.misses)
    console.log(`  MISS ${JSON.stringify(miss.question)} expected ${miss.expected}, got ${miss.got}`);
}
