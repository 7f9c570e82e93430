import type { IndexedKnowledgeBase } from '../indexing/build-index.js';
import type { ResolvedQuery } from '../query/resolve-query.js';
import { scorePassages, type RelevanceTuning } from '../ranking/score-passages.js';
import { TUNING } from '../tuning.js';

/** The most passages one answer shows: a section's intro, code and tip, within one Discord embed. */
export const MAX_SHOWN_PASSAGES = 4;

/**
 * Which of an entry's passages an answer shows, by their position in the entry. A section's answer
 * may stand anywhere in it, not only in its opening: the passage whose text best matches the
 * question leads, then the next best (ties in document order) up to MAX_SHOWN_PASSAGES, in
 * document order. With nothing matched the section reads from its start. The answer shows them all in
 * document order (answer-question.ts); the lead is what evaluation counts as ranked first.
 * (`tuning`: evaluation tries others.)
 */
export function shownPassages(
  ikb: IndexedKnowledgeBase,
  query: ResolvedQuery,
  entryIndex: number,
  tuning: RelevanceTuning = TUNING.relevance,
): number[] {
  const indexes = ikb.entries[entryIndex]?.passageIndexes ?? [];
  if (indexes.length <= 1) return indexes.map((_, i) => i);
  const { relevance } = scorePassages(ikb, query, indexes, tuning);
  const scores = indexes.map((p) => relevance[p] ?? 0);
  const order = indexes.map((_, i) => i).sort((a, b) => (scores[b] ?? 0) - (scores[a] ?? 0) || a - b);
  const [lead = 0, ...rest] = order.slice(0, MAX_SHOWN_PASSAGES);
  return [lead, ...rest.sort((a, b) => a - b)];
}
