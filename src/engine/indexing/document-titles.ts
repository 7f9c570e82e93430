import type { IndexedKnowledgeBase } from './build-index.js';

/** What each entry's document is called, as keys: a folder of pages tells its documents apart by their titles. */
export interface DocumentTitles {
  /** Per entry, the index of its document in `kb.documents` (−1: none, a glossary entry). */
  readonly documentOf: Int32Array;
  /** Per document, the keys of its title. */
  readonly titleKeys: readonly ReadonlySet<string>[];
}

// Derived from the index once, on first use, and kept beside it (as dense-entries.ts does).
const titlesOf = new WeakMap<IndexedKnowledgeBase, DocumentTitles>();

/** Each entry's document (that of its first passage) and each document's title keys. */
export function documentTitles(ikb: IndexedKnowledgeBase): DocumentTitles {
  let titles = titlesOf.get(ikb);
  if (!titles) {
    const { documents, passages } = ikb.kb;
    const indexOf = new Map(documents.map((d, i) => [d.id, i]));
    const documentOf = Int32Array.from(ikb.entries, (e) => {
      const id = passages[e.passageIndexes[0] ?? -1]?.documentId;
      return id === undefined ? -1 : (indexOf.get(id) ?? -1);
    });
    const titleKeys = documents.map(
      (d) => new Set(ikb.analyzer.analyze(d.title, 'document').map((t) => t.key)),
    );
    titles = { documentOf, titleKeys };
    titlesOf.set(ikb, titles);
  }
  return titles;
}
