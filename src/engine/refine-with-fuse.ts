import Fuse from 'fuse.js';
import type { IndexedKnowledgeBase } from './build-index.js';
import { cleanQuestion } from './clean-question.js';
import type { RankedEntry } from './rank-entries.js';

const CONTENDERS = 8;
const CLOSE_TO_BEST = 0.2;
const FUSE_WEIGHT = 0.12;

/**
 * Re-scores the leading entries by how closely the question reads like one of their phrasings
 * (fuse.js, typo tolerant): the token ranking finds the passage, this picks the best-worded entry.
 */
export function refineWithFuse(ikb: IndexedKnowledgeBase, question: string, ranked: RankedEntry[]): RankedEntry[] {
  const top = ranked[0];
  if (!top) return ranked;
  const contenders = ranked.slice(0, CONTENDERS).filter((r) => r.score >= top.score - CLOSE_TO_BEST);
  const texts = contenders.flatMap((r) => {
    const { entry } = ikb.entries[r.entryIndex]!;
    if (entry.origin === 'derived') return [];
    return [entry.question, ...entry.phrasings].map((text) => ({ entryIndex: r.entryIndex, text }));
  });
  const pattern = cleanQuestion(question).toLowerCase().slice(0, 120);
  if (texts.length === 0 || pattern.length === 0) return ranked;

  const similarity = new Map<number, number>();
  const fuse = new Fuse(texts, { keys: ['text'], includeScore: true, ignoreLocation: true, threshold: 0.5 });
  for (const hit of fuse.search(pattern)) {
    const sim = 1 - (hit.score ?? 1);
    if (sim > (similarity.get(hit.item.entryIndex) ?? 0)) similarity.set(hit.item.entryIndex, sim);
  }
  return ranked
    .map((r) => ({ ...r, score: r.score + FUSE_WEIGHT * (similarity.get(r.entryIndex) ?? 0) }))
    .sort((a, b) => b.score - a.score || a.entryIndex - b.entryIndex);
}
