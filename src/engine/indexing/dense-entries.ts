import type { EntryOrigin } from '../../content/knowledge-base.js';
import type { IndexedKnowledgeBase } from './build-index.js';

/** The entry origins, in the order `DenseEntries.origin` numbers them. */
export const ENTRY_ORIGINS: readonly EntryOrigin[] = ['glossary', 'heading', 'derived', 'curated'];

/** Per-entry facts the ranking reads for every touched entry, in flat arrays indexed by entry. */
export interface DenseEntries {
  /** 1 when the entry holds a subsection's passage as a parent section (its `nested` set is not empty). */
  readonly hasNested: Uint8Array;
  /** The entry's origin, as an index into ENTRY_ORIGINS. */
  readonly origin: Uint8Array;
  /** The entry's passages are `passageList[passageStart[e]]` up to `passageList[passageStart[e + 1]]`. */
  readonly passageStart: Int32Array;
  readonly passageList: Int32Array;
  /** Scratch: one flag per passage, all 0 between calls of passagesOfEntries. */
  readonly passageMark: Uint8Array;
}

// A question of common words touches most entries of a large knowledge base: reading a fact through
// each entry's object (and its Set) costs a cache miss per entry, a flat array does not. Derived
// from the index once, on first use, and kept beside it.
const denseOf = new WeakMap<IndexedKnowledgeBase, DenseEntries>();

/** The flat per-entry arrays of an index, built on first use. */
export function denseEntries(ikb: IndexedKnowledgeBase): DenseEntries {
  let dense = denseOf.get(ikb);
  if (!dense) {
    const passageStart = new Int32Array(ikb.entries.length + 1);
    ikb.entries.forEach((e, i) => (passageStart[i + 1] = (passageStart[i] ?? 0) + e.passageIndexes.length));
    dense = {
      hasNested: Uint8Array.from(ikb.entries, (e) => (e.nested.size > 0 ? 1 : 0)),
      origin: Uint8Array.from(ikb.entries, (e) => ENTRY_ORIGINS.indexOf(e.entry.origin)),
      passageStart,
      passageList: Int32Array.from(ikb.entries.flatMap((e) => e.passageIndexes)),
      passageMark: new Uint8Array(ikb.entriesOfPassage.length),
    };
    denseOf.set(ikb, dense);
  }
  return dense;
}

/** The passages of these entries, each once, in the order they first come. */
export function passagesOfEntries(ikb: IndexedKnowledgeBase, entryIndexes: readonly number[]): number[] {
  const { passageStart, passageList, passageMark } = denseEntries(ikb);
  const passages: number[] = [];
  for (const e of entryIndexes)
    for (let i = passageStart[e] ?? 0; i < (passageStart[e + 1] ?? 0); i++) {
      const p = passageList[i] ?? 0;
      if (passageMark[p] === 1) continue;
      passageMark[p] = 1;
      passages.push(p);
    }
  for (const p of passages) passageMark[p] = 0;
  return passages;
}
