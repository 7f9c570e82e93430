// What the engine makes of one question before any threshold is applied, so that
// tests/eval/cross-validate.ts can replay the decision under other thresholds without asking again.
import { shownPassages } from '../../src/engine/answering/shown-passages.js';
import type { IndexedKnowledgeBase } from '../../src/engine/index.js';
import { answerEntry } from '../../src/engine/answering/answer-question.js';
import { asksForOverview, overviewEntryIndex } from '../../src/engine/answering/overview.js';
import { resolveQuery, type ResolvedQuery } from '../../src/engine/query/resolve-query.js';
import {
  candidatesOf,
  chooseAnswer,
  decideAmong,
  type Candidate,
  type DecisionTuning,
} from '../../src/engine/ranking/decide.js';
import { rankEntries } from '../../src/engine/ranking/rank-entries.js';
import type { RelevanceTuning } from '../../src/engine/ranking/score-passages.js';
import { TUNING } from '../../src/engine/tuning.js';

/** The widest `tieMargin` cross-validation tries. */
export const MAX_TIE_MARGIN = 0.2;

/** One question's leaders, read, with the passages their answers lead with. */
export interface QuestionReading {
  readonly candidates: readonly Candidate[];
  /** The passage each leader's answer leads with. */
  readonly passages: readonly string[];
  /** Every passage each leader's answer shows (a section shows up to four, the reader sees them all). */
  readonly shown: readonly (readonly string[])[];
  readonly asksForKind: boolean;
  /** Nothing ranked and the question asks about the whole article: answered with the first paragraph. */
  readonly overview: boolean;
  /** The passages the overview answer shows (when `overview`). */
  readonly overviewShown: readonly string[];
}

/**
 * The passage the engine ranks first for a question (the one its answer leads with, or would), if any:
 * a section's answer leads with its best-matching passage, not with the section's first.
 */
export function topPassageOf(ikb: IndexedKnowledgeBase, question: string): string | undefined {
  const query = resolveQuery(ikb, question);
  const { entry } = chooseAnswer(ikb, query, rankEntries(ikb, query));
  return entry ? leadPassageOf(ikb, query, entry.entryIndex) : undefined;
}

/** The passage an entry's answer to this question leads with (shown-passages.ts). */
function leadPassageOf(
  ikb: IndexedKnowledgeBase,
  query: ResolvedQuery,
  entryIndex: number,
  relevance: RelevanceTuning = TUNING.relevance,
): string {
  return shownIdsOf(ikb, query, entryIndex, relevance)[0] ?? '';
}

/** The passages an entry's answer to this question shows, the one it leads with first. */
function shownIdsOf(
  ikb: IndexedKnowledgeBase,
  query: ResolvedQuery,
  entryIndex: number,
  relevance: RelevanceTuning,
): string[] {
  const ids = ikb.entries[entryIndex]?.entry.passageIds ?? [];
  return shownPassages(ikb, query, entryIndex, relevance).map((i) => ids[i] ?? '');
}

/** The passages the overview answer shows (answer-question.ts answers an overview question with it). */
function overviewPassages(ikb: IndexedKnowledgeBase): string[] {
  const index = overviewEntryIndex(ikb);
  const id = index === undefined ? undefined : ikb.kb.entries[index]?.id;
  return (id === undefined ? undefined : answerEntry(ikb, id))?.best?.passages.map((p) => p.id) ?? [];
}

/** How a question is resolved against a content (resolveQuery, or resolvingOnce's). */
export type Resolve = (ikb: IndexedKnowledgeBase, question: string) => ResolvedQuery;

/**
 * A resolveQuery that resolves each question once per content and keeps it: a query does not depend
 * on the relevance weights, and cross-validate.ts reads every question under each of its settings.
 */
export function resolvingOnce(): Resolve {
  const byContent = new WeakMap<IndexedKnowledgeBase, Map<string, ResolvedQuery>>();
  return (ikb, question) => {
    let resolved = byContent.get(ikb);
    if (!resolved) byContent.set(ikb, (resolved = new Map<string, ResolvedQuery>()));
    let query = resolved.get(question);
    if (!query) resolved.set(question, (query = resolveQuery(ikb, question)));
    return query;
  };
}

/** Reads one question with the given relevance weights. */
export function readQuestion(
  ikb: IndexedKnowledgeBase,
  question: string,
  relevance: RelevanceTuning = TUNING.relevance,
  resolve: Resolve = resolveQuery,
): QuestionReading {
  const query = resolve(ikb, question);
  const ranked = rankEntries(ikb, query, relevance);
  // Leaders within the widest tie margin tried (cross-validate.ts) are read, to replay any of them.
  const candidates = candidatesOf(ikb, query, ranked, TUNING.decision.kindLeaders, MAX_TIE_MARGIN);
  const overview = ranked.length === 0 && asksForOverview(question);
  const shown = ranked
    .slice(0, candidates.length)
    .map((r) => shownIdsOf(ikb, query, r.entryIndex, relevance));
  return {
    candidates,
    passages: shown.map((ids) => ids[0] ?? ''),
    shown,
    asksForKind: query.answerType !== undefined,
    overview,
    overviewShown: overview ? overviewPassages(ikb) : [],
  };
}

/** The passage a reading answers with under these thresholds, or undefined when declined ('' for the overview). */
export function replay(reading: QuestionReading, decision: DecisionTuning): string | undefined {
  if (reading.overview) return '';
  const { index, confidence } = decideAmong(reading.candidates, reading.asksForKind, decision);
  return index >= 0 && confidence >= decision.threshold ? reading.passages[index] : undefined;
}

/** Whether a reading is answered, under these thresholds, with one of the passages `expect` among those shown. */
export function answeredWith(
  reading: QuestionReading,
  decision: DecisionTuning,
  expect: readonly string[],
): boolean {
  if (reading.overview) return reading.overviewShown.some((id) => expect.includes(id));
  const { index, confidence } = decideAmong(reading.candidates, reading.asksForKind, decision);
  if (index < 0 || confidence < decision.threshold) return false;
  return (reading.shown[index] ?? []).some((id) => expect.includes(id));
}

/** The passage ranked first whatever the thresholds (the top leader, or a kind-holding one the decision would pick). */
export function rankedFirst(reading: QuestionReading, decision: DecisionTuning): string | undefined {
  const { index } = decideAmong(reading.candidates, reading.asksForKind, decision);
  return index >= 0 ? reading.passages[index] : undefined;
}
