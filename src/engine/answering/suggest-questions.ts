import Fuse from 'fuse.js';
import type { QaEntry } from '../../content/knowledge-base.js';
import type { IndexedKnowledgeBase } from '../indexing/build-index.js';
import { cleanQuestion } from '../query/clean-question.js';
import { rankEntries } from '../ranking/rank-entries.js';
import { resolveQuery } from '../query/resolve-query.js';

const CANDIDATES = 40;
const WORDING_WEIGHT = 0.3;

/**
 * Questions for autocomplete. The engine ranks entries for what has been typed so far (the last
 * word may be half-typed); fuse.js then favours questions worded like the typed text. An empty
 * box gets the featured questions.
 */
export function suggestQuestions(ikb: IndexedKnowledgeBase, partial: string, limit: number): QaEntry[] {
  const typed = cleanQuestion(typeof partial === 'string' ? partial : '');
  const featured = (): QaEntry[] => ikb.featured.slice(0, limit).map((i) => ikb.kb.entries[i]!);
  if (typed.length === 0 || limit <= 0) return limit > 0 ? featured() : [];

  const ranked = rankEntries(ikb, resolveQuery(ikb, typed, true)).slice(0, CANDIDATES);
  if (ranked.length === 0) return [];
  const fuse = new Fuse(
    ranked.map((r) => ikb.kb.entries[r.entryIndex]!.question),
    { includeScore: true, ignoreLocation: true, threshold: 0.6 },
  );
  const wording = new Map<number, number>();
  for (const hit of fuse.search(typed.slice(0, 64))) wording.set(hit.refIndex, 1 - (hit.score ?? 1));
  return ranked
    .map((r, i) => ({ entryIndex: r.entryIndex, score: r.score + WORDING_WEIGHT * (wording.get(i) ?? 0) }))
    .sort((a, b) => b.score - a.score || a.entryIndex - b.entryIndex)
    .slice(0, limit)
    .map((r) => ikb.kb.entries[r.entryIndex]!);
}
