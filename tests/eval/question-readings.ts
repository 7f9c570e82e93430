// What the engine makes of one question before any threshold is applied, so that
// tests/eval/cross-validate.ts can replay the decision under other thresholds without asking again.
import { shownPassages } from '../../src/engine/answering/shown-passages.js';
import type { IndexedKnowledgeBase } from '../../src/engine/index.js';
import { asksForOverview } from '../../src/engine/answering/overview.js';
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
  readonly asksForKind: boolean;
  /** Nothing ranked and the question asks about the whole article: answered with the first paragraph. */
  readonly overview: boolean;
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
function leadPassageOf(ikb: IndexedKnowledgeBase, query: ResolvedQuery, entryIndex: number): string {
  const lead = shownPassages(ikb, query, entryIndex)[0] ?? 0;
  return ikb.entries[entryIndex]?.entry.passageIds[lead] ?? '';
}

/** Reads one question with the given relevance weights. */
export function readQuestion(
  ikb: IndexedKnowledgeBase,
  question: string,
  relevance: RelevanceTuning = TUNING.relevance,
): QuestionReading {
  const query = resolveQuery(ikb, question);
  const ranked = rankEntries(ikb, query, relevance);
  // Leaders within the widest tie margin tried (cross-validate.ts) are read, to replay any of them.
  const candidates = candidatesOf(ikb, query, ranked, TUNING.decision.kindLeaders, MAX_TIE_MARGIN);
  return {
    candidates,
    passages: ranked.slice(0, candidates.length).map((r) => leadPassageOf(ikb, query, r.entryIndex)),
    asksForKind: query.answerType !== undefined,
    overview: ranked.length === 0 && asksForOverview(question),
  };
}

/** The passage a reading answers with under these thresholds, or undefined when declined ('' for the overview). */
export function replay(reading: QuestionReading, decision: DecisionTuning): string | undefined {
  if (reading.overview) return '';
  const { index, confidence } = decideAmong(reading.candidates, reading.asksForKind, decision);
  return index >= 0 && confidence >= decision.threshold ? reading.passages[index] : undefined;
}

/** The passage ranked first whatever the thresholds (the top leader, or a kind-holding one the decision would pick). */
export function rankedFirst(reading: QuestionReading, decision: DecisionTuning): string | undefined {
  const { index } = decideAmong(reading.candidates, reading.asksForKind, decision);
  return index >= 0 ? reading.passages[index] : undefined;
}
