import type { IndexedKnowledgeBase } from '../indexing/build-index.js';

/** What a knowledge base holds, in the words an adapter shows: its title and how much is indexed. */
export interface KnowledgeSummary {
  readonly title: string;
  /** Every document's title, in the compiler's order (one for a lone article). */
  readonly documents: readonly string[];
  /** Article paragraphs and glossary definitions together. */
  readonly passages: number;
  readonly paragraphs: number;
  readonly glossaryTerms: number;
  readonly questions: number;
}

/** The article's title and the index's sizes, for /about, /help, greetings and reload reports. */
export function describeKnowledge(ikb: IndexedKnowledgeBase): KnowledgeSummary {
  const { title, documents, passages, glossary, entries } = ikb.kb;
  return {
    title,
    documents: documents.map((d) => d.title),
    passages: passages.length,
    paragraphs: passages.filter((p) => p.kind === 'paragraph').length,
    glossaryTerms: glossary.length,
    questions: entries.length,
  };
}
