import type { IndexedKnowledgeBase } from '../indexing/build-index.js';
import { resolveQuery } from '../query/resolve-query.js';
import { ANSWER_THRESHOLD, closenessOf } from '../ranking/decide.js';
import { rankEntries } from '../ranking/rank-entries.js';
import { TUNING } from '../tuning.js';

/** The passage a (declined) question comes closest to, through the entry the engine ranks first. */
export interface ClosestPassage {
  readonly passageId: string;
  /** The entry's question, e.g. "What does Trainium cost?". */
  readonly question: string;
  readonly entryId: string;
  /** How near the entry comes to answering, on the engine's confidence scale (0..1). */
  readonly closeness: number;
}

/** Below this the top entry shares too little with the question to point anyone at. */
export const CLOSEST_FLOOR = ANSWER_THRESHOLD * TUNING.decision.closestShare;

/**
 * The passage of the entry the engine ranks first for a question, or null when even that one comes
 * to less than half the answer threshold. The date or figure a question asks for is set aside: the
 * pricing paragraph is the closest passage to "how much per hour?" even if it names no hourly rate.
 * Pure; never throws.
 */
export function closestPassage(ikb: IndexedKnowledgeBase, question: string): ClosestPassage | null {
  const query = resolveQuery(ikb, typeof question === 'string' ? question : '');
  const top = rankEntries(ikb, query)[0];
  if (!top) return null;
  const closeness = closenessOf(ikb, query, top);
  const entry = ikb.entries[top.entryIndex]?.entry;
  const passageId = entry?.passageIds[0];
  if (!entry || passageId === undefined || closeness < CLOSEST_FLOOR) return null;
  return { passageId, question: entry.question, entryId: entry.id, closeness };
}
