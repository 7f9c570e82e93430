import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { answerQuestion, type Answer, type IndexedKnowledgeBase } from '../../src/engine/index.js';
import { loadKnowledge } from '../../src/knowledge/load-knowledge.js';
import { buildBm25 } from './bm25-baseline.js';
import type { EvalSetSpec } from './eval-sets.js';
import { topPassageOf } from './question-readings.js';
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
  /** Questions to decline (a SQuAD set gets the other SQuAD articles' questions instead, see squadSpec). */
  outOfScope: z.array(z.string()).default([]),
  /** Questions written against the content to look answerable, though it does not answer them (SQuAD 2.0). */
  unanswerable: z.array(z.string()).optional(),
});
/** A question set read for its content: every in-scope question with the ids of its right passages. */
export interface EvalSet extends Omit<z.infer<typeof EvalSetSchema>, 'inScope'> {
  readonly inScope: readonly { readonly q: string; readonly expect: readonly string[] }[];
  /** Snippets (`answer`) found in no passage: a fault of the set or the compiler, never a pass. */
  readonly unresolved: readonly string[];
}

/** Questions no content here answers (tests/eval/off-topic.json, written without reading the engine). */
export const OFF_TOPIC_PATH = 'tests/eval/off-topic.json';
const OffTopicSchema = z.strictObject({ questions: z.array(z.string()).min(1) });

/**
 * The off-topic questions, split in two by position: even ones may be used to choose thresholds
 * (tests/eval/cross-validate.ts), odd ones are held out for reporting.
 */
export async function readOffTopic(): Promise<{ all: string[]; choosing: string[]; held: string[] }> {
  const { questions } = OffTopicSchema.parse(JSON.parse(await readFile(OFF_TOPIC_PATH, 'utf8')));
  return {
    all: questions,
    choosing: questions.filter((_, i) => i % 2 === 0),
    held: questions.filter((_, i) => i % 2 === 1),
  };
}

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
  /** Share of in-scope questions answered with the right passage. */
  readonly top1: number;
  /** Share of in-scope questions whose first-ranked passage is right, answered or not. */
  readonly rankedFirst: number;
  /** The same for plain paragraph BM25 (bm25-baseline.ts), which always answers. */
  readonly bm25First: number;
  readonly mrr3: number;
  readonly outOfScope: number;
  readonly declineRate: number;
  /** Share of in-scope questions declined. */
  readonly answerableDeclined: number;
  readonly unanswerable: number;
  /** Share of the unanswerable questions declined (reported, not gated). */
  readonly unanswerableDeclined: number;
  /** Share of tests/eval/off-topic.json declined, and how many questions it has. */
  readonly offTopicDeclined: number;
  readonly offTopic: number;
  readonly misses: readonly Miss[];
  /** Snippets (`answer`) found in no passage (see EvalSet). */
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

// Indexes are built once per content folder: the suite and `npm run eval` ask many sets of one pack.
const knowledge = new Map<string, Promise<IndexedKnowledgeBase>>();
export function knowledgeOf(content: string): Promise<IndexedKnowledgeBase> {
  let ikb = knowledge.get(content);
  if (!ikb) knowledge.set(content, (ikb = loadKnowledge(content)));
  return ikb;
}

/**
 * Reads a set file, with the questions to decline that its spec adds (other SQuAD articles'), and
 * each answer snippet resolved to the passages of its content that hold it.
 */
export async function readSet(spec: EvalSetSpec | string): Promise<EvalSet> {
  const { path, declineFrom = [] } = typeof spec === 'string' ? { path: spec } : spec;
  const raw = EvalSetSchema.parse(JSON.parse(await readFile(path, 'utf8')));
  const hasSnippets = raw.inScope.some((item) => 'answer' in item);
  const kb = hasSnippets ? (await knowledgeOf(raw.content)).kb : undefined;
  const unresolved: string[] = [];
  const inScope = raw.inScope.map((item) => {
    if ('expect' in item) return item;
    const expect = kb ? passagesWithSnippet(kb, item.answer) : [];
    if (expect.length === 0)
      unresolved.push(`answer of ${JSON.stringify(item.q)}: ${JSON.stringify(item.answer)}`);
    return { q: item.q, expect };
  });
  const set = { ...raw, inScope, unresolved };
  const others = await Promise.all(
    declineFrom.map(async (other) => {
      const o = EvalSetSchema.parse(JSON.parse(await readFile(other, 'utf8')));
      return [...o.inScope.map((x) => x.q), ...(o.unanswerable ?? [])];
    }),
  );
  return { ...set, outOfScope: [...set.outOfScope, ...others.flat()] };
}

/** Runs a question set (paths relative to the repository root) through the engine as shipped. */
export async function evaluateSet(spec: EvalSetSpec | string): Promise<EvalReport> {
  const set = await readSet(spec);
  const ikb = await knowledgeOf(set.content);
  const offTopic = (await readOffTopic()).all;
  const bm25 = buildBm25(ikb.kb.passages.map((p) => p.text));
  const firstPassageOf = new Map(ikb.kb.entries.map((e) => [e.id, e.passageIds[0] ?? '']));
  const misses: Miss[] = [];
  let top1 = 0;
  let rankedFirst = 0;
  let bm25First = 0;
  let reciprocal = 0;
  let answerableDeclined = 0;
  for (const { q, expect } of set.inScope) {
    const answer = answerQuestion(ikb, q);
    if (!answer.answered) answerableDeclined++;
    if (expect.includes(topPassageOf(ikb, q) ?? '')) rankedFirst++;
    if (expect.includes(ikb.kb.passages[bm25.rank(q)[0] ?? -1]?.id ?? '')) bm25First++;
    const ranks = rankedPassages(answer, firstPassageOf).slice(0, 3);
    // A section's entry answers with its passages together: the right one among them is right first.
    const shown = answer.answered ? (answer.best?.passages.map((p) => p.id) ?? []) : [];
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
  let offTopicDeclined = 0;
  for (const q of offTopic) {
    const answer = answerQuestion(ikb, q);
    if (!answer.answered) offTopicDeclined++;
    else misses.push({ question: q, expected: 'declined (off-topic)', got: describe(answer) });
  }
  const unanswerable = set.unanswerable ?? [];
  const unanswerableDeclined = unanswerable.filter((q) => !answerQuestion(ikb, q).answered).length;
  const n = set.inScope.length;
  return {
    name: typeof spec === 'string' ? spec : spec.path,
    inScope: n,
    top1: top1 / n,
    rankedFirst: rankedFirst / n,
    bm25First: bm25First / n,
    mrr3: reciprocal / n,
    outOfScope: set.outOfScope.length,
    declineRate: set.outOfScope.length === 0 ? 1 : declined / set.outOfScope.length,
    answerableDeclined: answerableDeclined / n,
    unanswerable: unanswerable.length,
    unanswerableDeclined: unanswerable.length === 0 ? 0 : unanswerableDeclined / unanswerable.length,
    offTopicDeclined: offTopicDeclined / offTopic.length,
    offTopic: offTopic.length,
    misses,
    unresolved: set.unresolved,
  };
}

// The sets and their bars live in eval-sets.ts; the evaluation's users read them from here too.
export * from './eval-sets.js';
