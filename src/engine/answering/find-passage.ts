import type { Passage } from '../../content/knowledge-base.js';
import type { IndexedKnowledgeBase } from '../indexing/build-index.js';

// Built on the first lookup of each knowledge base, so answering pays nothing for it.
const byId = new WeakMap<IndexedKnowledgeBase, ReadonlyMap<string, Passage>>();

/**
 * A passage of the knowledge base by id, for the renderers: its blocks, kind and section link are
 * what an answer shows beyond the plain text the engine reads. Undefined for an unknown id.
 */
export function findPassage(ikb: IndexedKnowledgeBase, id: string): Passage | undefined {
  let passages = byId.get(ikb);
  if (!passages) {
    passages = new Map(ikb.kb.passages.map((p) => [p.id, p]));
    byId.set(ikb, passages);
  }
  return passages.get(id);
}
