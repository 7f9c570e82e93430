import type { IndexedKnowledgeBase } from '../indexing/build-index.js';
import type { RelatedQuestion } from './answer.js';

/** Every question the knowledge base answers, by entry id, in content order (for /topics). */
export function listTopics(ikb: IndexedKnowledgeBase): RelatedQuestion[] {
  return ikb.kb.entries.map((e) => ({ id: e.id, question: e.question }));
}

/** The question of one entry by its id (feedback logs name what was voted on); null if unknown. */
export function findQuestion(ikb: IndexedKnowledgeBase, entryId: string): string | null {
  const entryIndex = ikb.entryIndexById.get(entryId);
  return entryIndex === undefined ? null : (ikb.kb.entries[entryIndex]?.question ?? null);
}
