import type { IndexedEntry, IndexedKnowledgeBase } from '../indexing/build-index.js';
import { countIn, sentencesIn } from '../indexing/postings.js';
import type { QueryUnit } from '../query/resolve-query.js';

// The exact second look the ranking gives its leading entries: which keys matched, how much of
// the entry's closest phrasing the question covers, and how much one sentence covers.

/** The keys an entry matched, with the best weight each matched at. */
export function matchedKeysOf(
  ikb: IndexedKnowledgeBase,
  indexed: IndexedEntry,
  units: readonly QueryUnit[],
): Map<string, number> {
  const matched = new Map<string, number>();
  for (const unit of units) {
    for (const { key, weight } of unit.alternatives) {
      const inPassage = indexed.passageIndexes.some((p) => countIn(ikb.passagePostings.get(key), p) > 0);
      if (indexed.questionKeys.has(key) || inPassage)
        matched.set(key, Math.max(matched.get(key) ?? 0, weight));
    }
  }
  return matched;
}

/** The best share of one of the entry's phrasings that the matched keys make up. */
export function reverseCoverageOf(indexed: IndexedEntry, matched: ReadonlyMap<string, number>): number {
  let best = 0;
  for (const phrasing of indexed.phrasings) {
    if (phrasing.totalIdf === 0) continue;
    let covered = 0;
    phrasing.keys.forEach((key, i) => (covered += (matched.get(key) ?? 0) * (phrasing.idfs[i] ?? 0)));
    best = Math.max(best, covered / phrasing.totalIdf);
  }
  return best;
}

// Per sentence of one passage, what the question's words there weigh: cleared for each passage and
// kept between calls (a fresh array for each leader was an off-heap allocation per call).
const perSentence = new Float64Array(32);

/** The largest share of the question that one sentence of the entry's passages covers: facts sit in sentences. */
export function sentenceCoverageOf(
  ikb: IndexedKnowledgeBase,
  indexed: IndexedEntry,
  units: readonly QueryUnit[],
  weights: readonly number[],
  totalIdf: number,
): number {
  let best = 0;
  for (const p of indexed.passageIndexes) {
    perSentence.fill(0);
    units.forEach((unit, u) => {
      let mask = 0;
      let weight = 0;
      for (const alternative of unit.alternatives) {
        const hit = sentencesIn(ikb.passagePostings.get(alternative.key), p);
        if (hit === 0) continue;
        mask |= hit;
        weight = Math.max(weight, alternative.weight);
      }
      for (let s = 0; mask !== 0; s++, mask >>>= 1)
        if (mask & 1) perSentence[s] = (perSentence[s] ?? 0) + weight * (weights[u] ?? 0);
    });
    for (const sum of perSentence) if (sum > best) best = sum;
  }
  return best / totalIdf;
}
