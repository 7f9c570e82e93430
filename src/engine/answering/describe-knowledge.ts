import type { IndexedKnowledgeBase } from '../indexing/build-index.js';

/** What a knowledge base holds, in the words an adapter shows: its title and how much is indexed. */
export interface KnowledgeSummary {
  readonly title: string;
  /** Article paragraphs and glossary definitions together. */
  readonly passages: number;
  readonly paragraphs: number;
  readonly glossaryTerms: number;
  readonly questions: number;
}

/** The article's title and the index's sizes, for /about, /help, greetings and reload reports. */
export function describeKnowledge(ikb: IndexedKnowledgeBase): KnowledgeSummary {
  const { title, passages, glossary, entries } = ikb.kb;
  return {
    title,
    passages: passages.length,
    paragraphs: passages.filter((p) => p.kind === 'paragraph').length,
    glossaryTerms: glossary.length,
    questions: entries.length,
  };
}
