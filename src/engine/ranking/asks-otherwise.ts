import type { IndexedKnowledgeBase } from '../indexing/build-index.js';
import { asksProcedure } from '../query/asks-procedure.js';
import type { ResolvedQuery } from '../query/resolve-query.js';
import { asksUnexpanded } from './unexpanded.js';

/**
 * Whether the question asks something the entry cannot answer, however many of its words it shares:
 * what an abbreviation stands for when the content never gives it in full (unexpanded.ts), or how to
 * do something oneself ("how do i get a job at amazon") of a curated entry none of whose questions,
 * written by the author, asks that (its passage reports, it does not instruct).
 */
export function asksOtherwise(ikb: IndexedKnowledgeBase, query: ResolvedQuery, entryIndex: number): boolean {
  if (asksUnexpanded(ikb, query)) return true;
  const entry = ikb.entries[entryIndex]?.entry;
  if (!query.procedural || entry?.origin !== 'curated') return false;
  return ![entry.question, ...entry.phrasings].some(asksProcedure);
}
