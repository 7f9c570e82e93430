import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { answerQuestion, type Answer } from '../../src/engine/index.js';
import { loadKnowledge } from '../../src/load-knowledge.js';

/** A question set: in-scope questions with the passage ids that answer them, and questions to decline. */
export const EvalSetSchema = z.strictObject({
  content: z.string(),
  inScope: z.array(z.strictObject({ q: z.string(), expect: z.array(z.string()).min(1) })).min(1),
  outOfScope: z.array(z.string()).min(1),
  /** Questions written against the content to look answerable, though it does not answer them (SQuAD 2.0). */
  unanswerable: z.array(z.string()).optional(),
});

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
  for (const { q, expect } of set.inScope) {
    const answer = answerQuestion(ikb, q);
    if (!answer.answered) answerableDeclined++;
    const ranks = rankedPassages(answer, firstPassageOf).slice(0, 3);
    const position = ranks.findIndex((id) => expect.includes(id));
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
  };
}

/** The question sets `npm run eval` reports on, with the bars the test holds them to. */
export const EVAL_SETS = [
  { path: 'tests/eval/article.json', bar: 0.95 },
  { path: 'tests/eval/sourdough.json', bar: 0.85 },
] as const;

/** Further sets, written later by people who saw neither the curated phrasings nor the sets above. */
export const FRESH_SETS = ['tests/eval/article-fresh.json', 'tests/eval/bicycle-history.json'] as const;
