import type { IndexedKnowledgeBase } from '../indexing/build-index.js';
import type { ResolvedQuery } from '../query/resolve-query.js';
import type { RankedEntry } from './ranked-entry.js';

/**
 * The first passage of a document that names every one of these keys, if any: documentation
 * introduces a class or function where it first names it (`QueryResult` in "Database Query", not in
 * "Result Transformation", which only uses it).
 */
export function firstMentionOf(
  ikb: IndexedKnowledgeBase,
  keys: readonly string[],
  documentId: string | undefined,
): number | undefined {
  const holding = keys.map((key) => new Set(ikb.passagePostings.get(key)?.passages ?? []));
  const { passages } = ikb.kb;
  for (let p = 0; p < passages.length; p++)
    if (passages[p]?.documentId === documentId && holding.every((h) => h.has(p))) return p;
  return undefined;
}

/**
 * "What is X" for an identifier X the content names: the entries whose own passage first names X
 * (in the leading entry's document) gain `weight`; the others are left as they are, and the caller sorts again.
 */
export function liftFirstMention(
  ikb: IndexedKnowledgeBase,
  query: ResolvedQuery,
  ranked: readonly RankedEntry[],
  weight: number,
): RankedEntry[] {
  const top = ranked[0];
  if (weight === 0 || query.defines.length === 0 || !top) return [...ranked];
  const lead = ikb.entries[top.entryIndex]?.passageIndexes[0];
  const documentId = lead === undefined ? undefined : ikb.kb.passages[lead]?.documentId;
  const first = firstMentionOf(ikb, query.defines, documentId);
  if (first === undefined) return [...ranked];
  return ranked.map((r) => {
    const indexed = ikb.entries[r.entryIndex];
    // A section holding the passage for one of its subsections does not introduce it: the subsection does.
    const owns = indexed?.passageIndexes.includes(first) === true && !indexed.nested.has(first);
    return owns ? { ...r, score: r.score + weight } : r;
  });
}
