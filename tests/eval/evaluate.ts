import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { answerQuestion, type Answer } from '../../src/engine/index.js';
import { loadKnowledge } from '../../src/load-knowledge.js';
import { passagesWithSnippet } from './resolve-snippets.js';

/** A question set: in-scope questions with the passage ids that answer them, and questions to decline. */
export const EvalSetSchema = z.strictObject({
  content: z.string(),
  /** Each right passage by id (`expect`), or by a verbatim snippet of the page's source (`answer`, tests/eval/docs). */
  inScope: z
    .array(
      z.union([
        z.strictObject({ q: z.string(), expect: z.array(z.string()).min(1) }),
        z.strictObject({ q: z.string(), answer: z.string().min(1) }),
      ]),
    )
    .min(1),
  outOfScope: z.array(z.string()).min(1),
  /** Questions written against the content to look answerable, though it does not answer them (SQuAD 2.0). */
  unanswerable: z.array(z.string()).optional(),
});

// Crowd-written questions on a dropped-in Wikipedia article.
const SQUAD_BARS: EvalBars = { rightFirst: 0.86, outOfScopeDeclined: 0.97, maxAnswerableDeclined: 0.04 };

/** One question the engine got wrong, with what it said instead. */
export interface Miss {
  readonly question: string;
  readonly expected: string;
  readonly got: string;
}

/** The figures of one question set. */
export interface EvalReport {
  readonly name: string;
  readonly inScope: number;
  readonly top1: number;
  readonly mrr3: number;
  readonly outOfScope: number;
  readonly declineRate: number;
  /** Share of in-scope questions declined. */
  readonly answerableDeclined: number;
  readonly unanswerable: number;
  /** Share of the unanswerable questions declined (reported, not gated). */
  readonly unanswerableDeclined: number;
  readonly misses: readonly Miss[];
  /** Snippets (`answer`) found in no passage: a fault of the set or the compiler, never a pass. */
  readonly unresolved: readonly string[];
}

function describe(answer: Answer): string {
  if (!answer.answered) return `declined (${answer.confidence.toFixed(2)})`;
  return `${answer.best?.passages[0]?.id ?? '?'} "${answer.best?.question ?? ''}" (${answer.confidence.toFixed(2)})`;
}

/** The ids of the first passages of the best and related answers, in rank order (for MRR@3). */
function rankedPassages(answer: Answer, answerIds: ReadonlyMap<string, string>): string[] {
  if (!answer.answered || !answer.best) return [];
  const first = answer.best.passages[0]?.id;
  return [first, ...answer.related.map((r) => answerIds.get(r.id))].filter((id) => id !== undefined);
}

/** Runs a question set file (paths relative to the repository root) through the engine. */
export async function evaluateSet(path: string): Promise<EvalReport> {
  const set = EvalSetSchema.parse(JSON.parse(await readFile(path, 'utf8')));
  const ikb = await loadKnowledge(set.content);
  const firstPassageOf = new Map(ikb.kb.entries.map((e) => [e.id, e.passageIds[0] ?? '']));
  const misses: Miss[] = [];
  let top1 = 0;
  let reciprocal = 0;
  let answerableDeclined = 0;
  const unresolved: string[] = [];
  for (const item of set.inScope) {
    const { q } = item;
    const expect = 'expect' in item ? item.expect : passagesWithSnippet(ikb.kb, item.answer);
    if (expect.length === 0)
      unresolved.push(
        `answer of ${JSON.stringify(q)}: ${JSON.stringify('answer' in item ? item.answer : '')}`,
      );
    const answer = answerQuestion(ikb, q);
    if (!answer.answered) answerableDeclined++;
    const ranks = rankedPassages(answer, firstPassageOf).slice(0, 3);
    // A section's entry answers with its passages together: the right one among them is right first.
    const shown = answer.best?.passages.map((p) => p.id) ?? [];
    const position = shown.some((id) => expect.includes(id))
      ? 0
      : ranks.findIndex((id) => expect.includes(id));
    if (position === 0) top1++;
    else misses.push({ question: q, expected: expect.join('|'), got: describe(answer) });
    if (position >= 0) reciprocal += 1 / (position + 1);
  }
  let declined = 0;
  for (const q of set.outOfScope) {
    const answer = answerQuestion(ikb, q);
    if (!answer.answered) declined++;
    else misses.push({ question: q, expected: 'declined', got: describe(answer) });
  }
  const unanswerable = set.unanswerable ?? [];
  const unanswerableDeclined = unanswerable.filter((q) => !answerQuestion(ikb, q).answered).length;
  return {
    name: path,
    inScope: set.inScope.length,
    top1: top1 / set.inScope.length,
    mrr3: reciprocal / set.inScope.length,
    outOfScope: set.outOfScope.length,
    declineRate: declined / set.outOfScope.length,
    answerableDeclined: answerableDeclined / set.inScope.length,
    unanswerable: unanswerable.length,
    unanswerableDeclined: unanswerable.length === 0 ? 0 : unanswerableDeclined / unanswerable.length,
    misses,
    unresolved,
  };
}

/** What a question set must reach: right paragraph first, questions to decline declined, and at most this share of answerable ones declined. */
export interface EvalBars {
  readonly rightFirst: number;
  readonly outOfScopeDeclined: number;
  readonly maxAnswerableDeclined?: number;
}

/** A question set `npm run eval` reports on, with the bars tests/eval/eval.test.ts holds it to (none: reported only). */
export interface EvalSetSpec {
  readonly path: string;
  readonly label: string;
  readonly bars?: EvalBars;
}

/**
 * The question sets. The article's set and the sourdough pack (no curated phrasings) were written
 * with the engine; the fresh sets later, by people who saw neither the curated phrasings nor the
 * sets above; the SQuAD 2.0 sets are crowd-written questions on two Wikipedia articles dropped in
 * as they are (title and paragraphs, see tests/eval/squad/README.md).
 */
export const EVAL_SETS: readonly EvalSetSpec[] = [
  { path: 'tests/eval/article.json', label: 'article', bars: { rightFirst: 0.95, outOfScopeDeclined: 0.95 } },
  {
    path: 'tests/eval/sourdough.json',
    label: 'sourdough pack, no curated phrasings',
    bars: { rightFirst: 0.85, outOfScopeDeclined: 0.85 },
  },
  { path: 'tests/eval/article-fresh.json', label: 'article, fresh' },
  { path: 'tests/eval/bicycle-history.json', label: 'bicycle pack, fresh, no curated phrasings' },
  {
    path: 'tests/eval/squad/normans.json',
    label: 'SQuAD: Normans (other article declined)',
    bars: SQUAD_BARS,
  },
  {
    path: 'tests/eval/squad/sky-united-kingdom.json',
    label: 'SQuAD: Sky (United Kingdom) (other article declined)',
    bars: SQUAD_BARS,
  },
];
