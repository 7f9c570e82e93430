import type { IndexedKnowledgeBase } from '../indexing/build-index.js';
import { THESAURUS_WEIGHT, type ResolvedQuery } from '../query/resolve-query.js';
import { ASKING_WORDS } from '../lexicon/asking-words.js';
import { matchedKeysOf } from './leader-signals.js';
import { byRarity, questionShare } from './question-share.js';

/**
 * The share of a question (each word weighted by its rarity in everyday English) that the content
 * says but one entry does not — not at all, or only through a thesaurus guess. "how do i remove an
 * event listener" met by the Event handling section: the content says "remove" (or a guess of it)
 * elsewhere, the section never does; the question asks what that section leaves to another place.
 * Not counted: a word the content never uses (users word their questions in their own terms), and
 * a word people frame questions with ("what happens if", "example", asking-words.ts), which names no
 * topic wherever the content says it.
 */
export function absentShare(ikb: IndexedKnowledgeBase, query: ResolvedQuery, entryIndex: number): number {
  const indexed = ikb.entries[entryIndex];
  if (!indexed) return 1;
  const matched = matchedKeysOf(ikb, indexed, query.units);
  return questionShare(query.units, byRarity, (unit) => {
    if (!unit.known || ASKING_WORDS.has(unit.word)) return false;
    const best = unit.alternatives.reduce((m, a) => Math.max(m, matched.get(a.key) ?? 0), 0);
    return best <= THESAURUS_WEIGHT;
  });
}
