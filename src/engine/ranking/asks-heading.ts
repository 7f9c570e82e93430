import type { IndexedEntry } from '../indexing/build-index.js';
import type { QueryUnit } from '../query/resolve-query.js';

// The word itself, another form of it, or its misspelling: the heading's own word, not a synonym's guess.
const OWN_WORD = new Set(['word', 'variant', 'typo']);

const saysKey = (unit: QueryUnit, key: string): boolean =>
  unit.alternatives.some((a) => a.key === key && OWN_WORD.has(a.via));

/**
 * True when a heading entry's words are exactly the words of the question the content knows, in any
 * order ("what are context menus" and the section "Context Menus"): the question names that section.
 * Several sections of a page say its topic's words as often; only one is titled by them alone.
 */
export function asksHeading(indexed: IndexedEntry, units: readonly QueryUnit[]): boolean {
  if (indexed.entry.origin !== 'heading') return false;
  const keys = indexed.phrasings[0]?.keys ?? [];
  if (keys.length === 0) return false;
  return (
    keys.every((key) => units.some((u) => saysKey(u, key))) &&
    units.every((u) => !u.known || keys.some((key) => saysKey(u, key)))
  );
}
