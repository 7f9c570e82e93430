import type { IndexedKnowledgeBase } from '../engine/index.js';

/** Holds the knowledge base every handler reads; a reload swaps it in one assignment. */
export interface KnowledgeStore {
  getKnowledge(): IndexedKnowledgeBase;
  swap(next: IndexedKnowledgeBase): void;
}

/** Creates the store around the first knowledge base. */
export function createKnowledgeStore(initial: IndexedKnowledgeBase): KnowledgeStore {
  let current = initial;
  return {
    getKnowledge: () => current,
    swap(next) {
      current = next;
    },
  };
}
