// The question sets `npm run eval` reports on and the bars tests/eval/eval.test.ts holds them to.
import { DOCS_RIGHT_FIRST, OUT_OF_SCOPE_DECLINED, docsSetPaths } from './docs-sets.js';
import { readmeSetPaths } from './readme-sets.js';
import { setName } from './set-files.js';

/** What a question set must reach: right paragraph first, questions to decline declined, and at most this share of answerable ones declined. */
export interface EvalBars {
  readonly rightFirst: number;
  readonly outOfScopeDeclined: number;
  readonly maxAnswerableDeclined?: number;
  /** Share of tests/eval/off-topic.json to decline. */
  readonly offTopicDeclined?: number;
}

/** A question set `npm run eval` reports on, with the bars tests/eval/eval.test.ts holds it to (none: reported only). */
export interface EvalSetSpec {
  readonly path: string;
  readonly label: string;
  readonly bars?: EvalBars;
  /** Other sets whose questions (answerable and not) this set's content must decline. */
  readonly declineFrom?: readonly string[];
}

/**
 * What the nine SQuAD articles must reach together with the shipped TUNING (tests/eval/eval.test.ts):
 * the targets of issue 18, where the cross-validated figures of `npm run eval` meet them. Single
 * articles are reported, not gated: one article's 100-odd questions move by a point per question.
 */
export const SQUAD_POOLED_BARS: EvalBars = {
  rightFirst: 0.88,
  outOfScopeDeclined: 0.97,
  // The target: the shipped values decline 3.6% in-sample, the cross-validated figure is 3.7%.
  maxAnswerableDeclined: 0.04,
  offTopicDeclined: 0.97,
};

/**
 * The share of tests/eval/off-topic.json every gated pack declines (the article, sourdough, each SQuAD
 * article, each docs folder): declines people can trust hold on each content, not on average.
 */
export const OFF_TOPIC_EACH_PACK = 0.97;

/** The nine SQuAD 2.0 development articles (tests/eval/squad/README.md), by folder. */
export const SQUAD_ARTICLES = [
  'normans',
  'sky-united-kingdom',
  '1973-oil-crisis',
  'force',
  'harvard-university',
  'immune-system',
  'islamism',
  'scottish-parliament',
  'warsaw',
] as const;
const squadPath = (slug: string): string => `tests/eval/squad/${slug}.json`;

/** A SQuAD article's set: its own questions answered, every other article's declined. */
export const squadSpec = (slug: string): EvalSetSpec => ({
  path: squadPath(slug),
  label: `SQuAD: ${slug} (other articles declined)`,
  declineFrom: SQUAD_ARTICLES.filter((other) => other !== slug).map(squadPath),
});

/**
 * The question sets. The article's set and the sourdough pack (no curated phrasings) were written
 * with the engine; the fresh sets later, by people who saw neither the curated phrasings nor the
 * sets above; the SQuAD 2.0 sets are crowd-written questions on nine Wikipedia articles dropped in
 * as they are (title and paragraphs, see tests/eval/squad/README.md).
 */
export const EVAL_SETS: readonly EvalSetSpec[] = [
  {
    path: 'tests/eval/article.json',
    label: 'article',
    bars: { rightFirst: 0.95, outOfScopeDeclined: 0.95, offTopicDeclined: OFF_TOPIC_EACH_PACK },
  },
  // A second development set on the article (2026-12-07), written without running the engine on it:
  // questions users ask phrased their way, and questions it does not answer about other companies,
  // their founders and products, or reusing one of its words. Its decline bar is what the values
  // shipped when it was written reached (76.7%), rounded down to five points, as for the docs sets.
  {
    path: 'tests/eval/article-more.json',
    label: 'article, second dev set',
    bars: { rightFirst: 0.95, outOfScopeDeclined: 0.75, offTopicDeclined: OFF_TOPIC_EACH_PACK },
  },
  // A third development set on the article (2026-12-08), written and committed before the engine was
  // asked any of it: questions it answers phrased as users ask, and questions it does not (other
  // companies, things it names asked what it does not say, its words in another sense, chit-chat).
  // Its bars are what the values shipped when it was written reached (97.1%, 91.2%), rounded down to
  // five points.
  {
    path: 'tests/eval/article-third.json',
    label: 'article, third dev set',
    bars: { rightFirst: 0.95, outOfScopeDeclined: 0.9, offTopicDeclined: OFF_TOPIC_EACH_PACK },
  },
  // A fourth development set on the article (2026-12-08), written and committed before the engine was
  // asked any of it: questions it answers phrased as users ask, and questions it does not (other
  // entities it names in passing or never, everyday words sharing a stem with its words, its words in
  // another sense, how-to questions, chit-chat). Its bars are what the values shipped when it was
  // written reached (97.6%, 75.0%), rounded down to five points.
  {
    path: 'tests/eval/article-fourth.json',
    label: 'article, fourth dev set',
    bars: { rightFirst: 0.95, outOfScopeDeclined: 0.75, offTopicDeclined: OFF_TOPIC_EACH_PACK },
  },
  {
    path: 'tests/eval/sourdough.json',
    label: 'sourdough pack, no curated phrasings',
    bars: { rightFirst: 0.85, outOfScopeDeclined: 0.85, offTopicDeclined: OFF_TOPIC_EACH_PACK },
  },
  { path: 'tests/eval/article-fresh.json', label: 'article, fresh' },
  { path: 'tests/eval/bicycle-history.json', label: 'bicycle pack, fresh, no curated phrasings' },
  ...SQUAD_ARTICLES.map(squadSpec),
  // The real documentation pages (tests/eval/docs), each page alone and each site's pages together.
  ...docsSetPaths().map((path): EvalSetSpec => ({
    path,
    label: `docs: ${setName(path)}`,
    bars: {
      rightFirst: DOCS_RIGHT_FIRST[setName(path)] ?? 1,
      outOfScopeDeclined: OUT_OF_SCOPE_DECLINED,
      offTopicDeclined: OFF_TOPIC_EACH_PACK,
    },
  })),
  // npm READMEs nobody tuned for (tests/eval/readmes): reported only, so neither the gate nor the
  // cross-validation's team sets (bars required) ever read them.
  ...readmeSetPaths().map((path): EvalSetSpec => ({
    path,
    label: `readmes, held-out-style check: ${setName(path)}`,
  })),
];
