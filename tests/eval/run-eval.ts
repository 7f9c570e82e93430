// `npm run eval`: for each question set, right-first, MRR@3, answerable questions declined, questions
// to decline declined, SQuAD's unanswerable questions declined (reported, not gated), and every miss.
import { readFile } from 'node:fs/promises';
import { docsSetName, docsSetPaths, offTopicDeclined } from './docs-sets.js';
import { EVAL_SETS, EvalSetSchema, evaluateSet, type EvalBars } from './evaluate.js';

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

// The real documentation pages (tests/eval/docs): answer snippets resolved to passages, plus the
// off-topic questions (tests/eval/off-topic.json) each folder must decline.
for (const path of docsSetPaths()) {
  const report = await evaluateSet(path);
  const content = EvalSetSchema.parse(JSON.parse(await readFile(path, 'utf8'))).content;
  const offTopic = await offTopicDeclined(content);
  console.log(`\n== docs: ${docsSetName(path)} — ${path}`);
  console.log(
    `answerable ${report.inScope}: right first ${pct(report.top1)}, MRR@3 ${report.mrr3.toFixed(3)}, declined ${pct(report.answerableDeclined)}`,
  );
  console.log(
    `to decline ${report.outOfScope}: declined ${pct(report.declineRate)}; off-topic declined ${pct(offTopic.share)}`,
  );
  for (const snippet of report.unresolved) console.log(`  UNRESOLVED ${snippet}`);
  for (const miss of report.misses)
    console.log(`  MISS ${JSON.stringify(miss.question)} expected ${miss.expected}, got ${miss.got}`);
  for (const q of offTopic.answered) console.log(`  OFF-TOPIC ANSWERED ${JSON.stringify(q)}`);
}
