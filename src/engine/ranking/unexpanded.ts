import type { IndexedKnowledgeBase } from '../indexing/build-index.js';
import type { ResolvedQuery } from '../query/resolve-query.js';

const escape = (word: string): string => word.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/**
 * True when the question asks what an abbreviation stands for and the content gives none of its
 * words in full: no name it knows in two forms ("AWS", "Amazon Web Services"), and none of its words
 * written beside a parenthesis or an "or" ("quantum electrodynamics (or QED)", "the FIS or Front
 * Islamique du Salut"). "What does TSMC stand for" on an article that only says "TSMC" asks what it
 * does not say.
 */
export function asksUnexpanded(ikb: IndexedKnowledgeBase, query: ResolvedQuery): boolean {
  if (!query.asksExpansion) return false;
  const known = query.units.filter((u) => u.known && !u.numeric);
  if (known.some((u) => u.alternatives.some((a) => a.key.startsWith('~')))) return false;
  return !known.some((u) => {
    const w = escape(u.word);
    const beside = new RegExp(
      `\\(\\s*(?:or\\s+)?${w}\\b|\\b${w}\\s*\\(|\\b${w},?\\s+or\\s|\\bor\\s+${w}\\b`,
      'iu',
    );
    return ikb.kb.passages.some((p) => beside.test(p.text));
  });
}
