import type { IndexedKnowledgeBase } from '../indexing/build-index.js';

// "What is this article about?", "give me the gist", "tl;dr": questions about the whole article.
const ASKS_FOR_OVERVIEW =
  /\b(?:article|gist|summary|summari[sz]e|tl;?dr|overview|main point|main idea|topic)\b/iu;

/** True when the question asks what the article as a whole is about. */
export function asksForOverview(question: string): boolean {
  return ASKS_FOR_OVERVIEW.test(question);
}

/** The entry that best introduces the article: one on its first paragraph, curated first. */
export function overviewEntryIndex(ikb: IndexedKnowledgeBase): number | undefined {
  const first = ikb.kb.passages.find((p) => p.kind === 'paragraph')?.id;
  const onFirst = ikb.entries.map((e, i) => ({ e, i })).filter(({ e }) => e.entry.passageIds[0] === first);
  return (onFirst.find(({ e }) => e.entry.origin === 'curated') ?? onFirst[0])?.i;
}
