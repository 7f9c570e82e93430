import type { IndexedKnowledgeBase } from './build-index.js';

/** Per-entry facts the ranking reads for every touched entry, in flat arrays indexed by entry. */
export interface DenseEntries {
  /** 1 when the entry holds a subsection's passage as a parent section (its `nested` set is not empty). */
  readonly hasNested: Uint8Array;
}

// A question of common words touches most entries of a large knowledge base: reading a fact through
// each entry's object (and its Set) costs a cache miss per entry, a flat array does not. Derived
// from the index once, on first use, and kept beside it.
const denseOf = new WeakMap<IndexedKnowledgeBase, DenseEntries>();

/** The flat per-entry arrays of an index, built on first use. */
export function denseEntries(ikb: IndexedKnowledgeBase): DenseEntries {
  let dense = denseOf.get(ikb);
  if (!dense) {
    dense = { hasNested: Uint8Array.from(ikb.entries, (e) => (e.nested.size > 0 ? 1 : 0)) };
    denseOf.set(ikb, dense);
  }
  return dense;
}
