import type { IndexedKnowledgeBase } from '../indexing/build-index.js';

/**
 * Glossary names for a partially typed term (autocomplete): names that start with it first, then
 * names that contain it, each in glossary order; every name when nothing is typed. At most `limit`.
 */
export function suggestTerms(ikb: IndexedKnowledgeBase, partial: string, limit: number): string[] {
  const typed = (typeof partial === 'string' ? partial : '').trim().toLowerCase();
  const names = [...new Set(ikb.kb.glossary.flatMap((g) => g.names))];
  const starts = names.filter((n) => n.toLowerCase().startsWith(typed));
  const contains = names.filter((n) => !n.toLowerCase().startsWith(typed) && n.toLowerCase().includes(typed));
  return [...starts, ...contains].slice(0, Math.max(0, limit));
}
