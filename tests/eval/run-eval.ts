// `npm run eval`: top-1 accuracy, MRR@3, decline rate and every miss, for each question set.
import { EVAL_SETS, FRESH_SETS, evaluateSet } from './evaluate.js';

const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;

for (const { path, bar } of [...EVAL_SETS, ...FRESH_SETS.map((path) => ({ path, bar: 0 }))]) {
  const report = await evaluateSet(path);
  console.log(
    `\n== ${report.name}${bar > 0 ? ` (bar ${pct(bar)})` : ' (written independently of the curated phrasings; reported, not gated)'}`,
  );
  console.log(`in-scope ${report.inScope}: top-1 ${pct(report.top1)}, MRR@3 ${report.mrr3.toFixed(3)}`);
  console.log(`out-of-scope ${report.outOfScope}: declined ${pct(report.declineRate)}`);
  for (const miss of report.misses)
    console.log(`  MISS ${JSON.stringify(miss.question)} expected ${miss.expected}, got ${miss.got}`);
}
