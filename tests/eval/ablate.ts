// `npx tsx tests/eval/ablate.ts`: what each part of the ranking and the decision is worth on the nine
// SQuAD dev articles — one change at a time against the shipped TUNING (docs/answers.md).
import type { DecisionTuning } from '../../src/engine/ranking/decide.js';
import type { RelevanceTuning } from '../../src/engine/ranking/score-passages.js';
import { TUNING } from '../../src/engine/tuning.js';
import { knowledgeOf, readOffTopic, readSet, squadSpec, SQUAD_ARTICLES } from './evaluate.js';
import { rankedFirst, readQuestion, replay } from './question-readings.js';

const R = TUNING.relevance;
const own = (derived: number, others: number): RelevanceTuning['weights'] => ({
  curated: { own: 1, relevance: others },
  heading: { own: 1, relevance: others },
  glossary: { own: 1, relevance: others },
  derived: { own: derived, relevance: 1 },
});
const CHANGES: [string, Partial<RelevanceTuning>, Partial<DecisionTuning>][] = [
  ['none (shipped)', {}, {}],
  [
    'bare paragraphs by text relevance alone (derived own ½ → 0)',
    { weights: { ...R.weights, derived: own(0, 0).derived } },
    {},
  ],
  ['own 1 + relevance 1 for every origin (bare paragraphs: own ½ → 1)', { weights: own(1, 1) }, {}],
  ['relevance: thesaurus and synonym weights 0', { thesaurusWeight: 0, synonymWeight: 0 }, {}],
  ['relevance: word-pair weight 0', { bigramWeight: 0 }, {}],
  ['relevance: answer-type boost 0', { answerTypeBoost: 0 }, {}],
  ['relevance: paragraph share 2 → 0.5', { paragraphShare: 0.5 }, {}],
  ['relevance: paragraph share 2 → 1', { paragraphShare: 1 }, {}],
  ['decision: no evidence floor for the window reading', {}, { minWindowEvidence: 0 }],
  [
    'decision: bare paragraphs own coverage at the common threshold',
    {},
    { bareEntryThreshold: TUNING.decision.threshold },
  ],
  ['decision: tie margin 0.2 → 0.1', {}, { tieMargin: 0.1 }],
  ['decision: tie margin 0.2 → 0 (the top leader answers)', {}, { tieMargin: 0 }],
];

const { all: offTopic } = await readOffTopic();
const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;
console.log(
  '| change | right first, answered or not | right and answered | answerable declined | other articles declined (1 in 4) | off-topic declined |',
);
console.log('|---|---|---|---|---|---|');
for (const [name, relevancePart, decisionPart] of CHANGES) {
  const relevance = { ...R, ...relevancePart };
  const decision = { ...TUNING.decision, ...decisionPart };
  let n = 0,
    first = 0,
    right = 0,
    declined = 0,
    others = 0,
    othersDeclined = 0,
    off = 0,
    offDeclined = 0;
  for (const slug of SQUAD_ARTICLES) {
    const set = await readSet(squadSpec(slug));
    const ikb = await knowledgeOf(set.content);
    for (const { q, expect } of set.inScope) {
      const reading = readQuestion(ikb, q, relevance);
      const answer = replay(reading, decision);
      n++;
      if (expect.includes(rankedFirst(reading, decision) ?? '#')) first++;
      if (answer === undefined) declined++;
      else if (expect.includes(answer)) right++;
    }
    for (const q of set.outOfScope.filter((_, i) => i % 4 === 0)) {
      others++;
      if (replay(readQuestion(ikb, q, relevance), decision) === undefined) othersDeclined++;
    }
    for (const q of offTopic) {
      off++;
      if (replay(readQuestion(ikb, q, relevance), decision) === undefined) offDeclined++;
    }
  }
  console.log(
    `| ${name} | ${pct(first / n)} | ${pct(right / n)} | ${pct(declined / n)} | ${pct(othersDeclined / others)} | ${pct(offDeclined / off)} |`,
  );
}
