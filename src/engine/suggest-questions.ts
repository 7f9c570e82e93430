import type { QaEntry } from '../content/knowledge-base.js';
import type { IndexedKnowledgeBase } from './build-index.js';

/** TEMPORARY STUB: questions for autocomplete, ranked for a partial input; an empty input gives the most useful ones. */
export function suggestQuestions(ikb: IndexedKnowledgeBase, partial: string, limit: number): QaEntry[] {
  void partial;
  return ikb.kb.entries.slice(0, limit);
}
