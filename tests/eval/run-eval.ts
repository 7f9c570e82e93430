// `npm run eval`: for each question set, right-first, MRR@3, answerable questions declined, questions
// to decline declined, off-topic questions declined, SQuAD's unanswerable questions declined
// (reported, not gated), and every miss (`--misses`); then plain BM25 beside ours on the SQuAD
// articles, and the leave-one-article-out cross-validated figures (tests/eval/cross-validate.ts).
import { TUNING } from '../../src/engine/tuning.js';
import { crossValidate, sum, type Counts, type Setting } from './cross-validate.js';
import { EVAL_SETS, evaluateSet, OFF_TOPIC_EACH_PACK, readSet, type EvalBars } from './evaluate.js';

const showMisses = process.argv.includes('--misses');
// `--sets-only` skips the cross-validation (minutes); `--only <text>` measures the sets whose label has it.
const setsOnly = process.argv.includes('--sets-only');
const onlyAt = process.argv.indexOf('--only');
const only = onlyAt >= 0 ? process.argv[onlyAt + 1] : undefined;
const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;
const barsOf = (bars: EvalBars | undefined): string =>
  bars
    ? `bars: right first ≥ ${pct(bars.rightFirst)}, declined ≥ ${pct(bars.outOfScopeDeclined)}` +
      (bars.maxAnswerableDeclined === undefined
        ? ''
        : `, answerable declined ≤ ${pct(bars.maxAnswerableDeclined)}`) +
      (bars.offTopicDeclined === undefined ? '' : `, off-topic declined ≥ ${pct(bars.offTopicDeclined)}`)
    : 'reported, not gated';

console.log('# The shipped TUNING, every set');
// Off-topic declined per content folder (sets sharing a folder share the figure).
const offTopicByPack = new Map<string, { declined: number; of: number }>();
for (const spec of EVAL_SETS.filter((s) => only === undefined || s.label.includes(only))) {
  const report = await evaluateSet(spec);
  const content = (await readSet(spec)).content;
  offTopicByPack.set(content, {
    declined: Math.round(report.offTopicDeclined * report.offTopic),
    of: report.offTopic,
  });
  console.log(`\n== ${spec.label} — ${spec.path} (${barsOf(spec.bars)})`);
  console.log(
    `answerable ${report.inScope}: right and answered ${pct(report.top1)}, ranked first ${pct(report.rankedFirst)} (plain BM25 ${pct(report.bm25First)}), MRR@3 ${report.mrr3.toFixed(3)}, declined ${pct(report.answerableDeclined)}`,
  );
  console.log(
    `to decline ${report.outOfScope}: declined ${pct(report.declineRate)}; off-topic declined ${pct(report.offTopicDeclined)}`,
  );
  if (report.unanswerable > 0)
    console.log(
      `unanswerable (SQuAD is_impossible) ${report.unanswerable}: declined ${pct(report.unanswerableDeclined)}`,
    );
  for (const snippet of report.unresolved) console.log(`  UNRESOLVED ${snippet}`);
  if (showMisses)
    for (const miss of report.misses)
      console.log(`  MISS ${JSON.stringify(miss.question)} expected ${miss.expected}, got ${miss.got}`);
}

const packs = [...offTopicByPack].sort(([, a], [, b]) => a.declined / a.of - b.declined / b.of);
console.log(
  `\n# Off-topic declined per pack (bar ${pct(OFF_TOPIC_EACH_PACK)} each), lowest first\n` +
    packs
      .map(
        ([content, { declined, of }]) =>
          `${content}: ${pct(declined / of)} (${declined}/${of})${declined / of < OFF_TOPIC_EACH_PACK ? ' BELOW THE BAR' : ''}`,
      )
      .join('\n'),
);

const describeSetting = ({ relevance, decision }: Setting): string => {
  const { weights, ...rest } = relevance;
  return Object.entries({ ...rest, derivedOwn: weights?.derived.own, ...decision })
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k} ${JSON.stringify(v)}`)
    .join(', ');
};
function pickKeys<T extends object>(from: T, keys: readonly string[]): Partial<T> {
  return Object.fromEntries(Object.entries(from).filter(([k]) => keys.includes(k))) as Partial<T>;
}
const row = (name: string, c: Counts): string =>
  `| ${name} | ${pct(c.rightAnswered / c.n)} | ${pct(c.rightFirst / c.n)} | ${pct(c.bm25First / c.n)} | ${pct(c.answerableDeclined / c.n)} | ${pct(c.othersDeclined / c.others)} | ${pct(c.offTopicDeclined / c.offTopic)} |`;
const header = [
  '| article | right and answered | right first, answered or not | plain BM25 first | answerable declined | other articles declined | off-topic declined (held-out half) |',
  '|---|---|---|---|---|---|---|',
];

if (setsOnly || only !== undefined) process.exit(0);
console.log('\n# Leave-one-article-out cross-validation over the nine SQuAD dev articles');
const cv = await crossValidate();
for (const fold of cv.folds)
  console.log(`fold ${fold.slug}: chosen on the other eight: ${describeSetting(fold.setting)}`);
console.log(
  [
    '',
    ...header,
    ...cv.folds.map((f) => row(f.slug, f.counts)),
    row('**all nine**', sum(cv.folds.map((f) => f.counts))),
  ].join('\n'),
);
console.log(`\nChosen on all nine (in-sample, not a cross-validated figure): ${describeSetting(cv.final)}`);
console.log(
  cv.finalTeamFailed.length === 0
    ? "It holds every one of the team's gated sets at its bars."
    : `No setting holds every team set; this one leaves below their bars: ${cv.finalTeamFailed.join(', ')}`,
);
// What TUNING ships, to compare with the choice on all nine: they should be the same.
console.log(
  `TUNING ships: ${describeSetting({
    relevance: {
      paragraphShare: TUNING.relevance.paragraphShare,
      weights: TUNING.relevance.weights,
      titleWeight: TUNING.relevance.titleWeight,
      definitionWeight: TUNING.relevance.definitionWeight,
    },
    decision: pickKeys(TUNING.decision, Object.keys(cv.final.decision)),
  })}`,
);
console.log(row('all nine, final values, in-sample', sum(cv.finalCounts)));
