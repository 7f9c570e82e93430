import type { IndexedKnowledgeBase } from '../indexing/build-index.js';
import type { Term } from './analyzer.js';
import type { QueryUnit } from './resolve-query.js';

/**
 * A question's symbol the content has (`%o`, `||`), as a unit: matched only as written, and as
 * telling as its rarity in the content says (its idf). In everyday English it is unseen, so the
 * decision weighs it as a rare word: a question that names `%o` is about `%o`.
 */
export function symbolUnit(ikb: IndexedKnowledgeBase, word: string, key: string): QueryUnit {
  return {
    word,
    key,
    alternatives: [{ key, via: 'word', weight: 1 }],
    known: true,
    numeric: false,
    commonness: 'rare',
    idf: ikb.idf(key),
  };
}

/**
 * Whether a question's symbol term counts: the content writes it (one it lacks is punctuation, as
 * "c++" is in a page with no `++`), and no longer symbol the content writes starts where it does
 * (`%o` asks for `%o`, not for every `%`).
 */
export function askedSymbol(ikb: IndexedKnowledgeBase, term: Term, terms: readonly Term[]): boolean {
  if (!ikb.vocabulary.has(term.key)) return false;
  return !terms.some(
    (t) => t.start === term.start && t.end > term.end && t.key !== term.key && ikb.vocabulary.has(t.key),
  );
}
