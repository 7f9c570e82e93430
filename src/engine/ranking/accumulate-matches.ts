import type { IndexedKnowledgeBase } from '../indexing/build-index.js';
import { countIn } from '../indexing/postings.js';
import { TUNING } from '../tuning.js';
import type { QueryUnit } from '../query/resolve-query.js';

/** Per touched entry and unit: the best match weight and the passage count of the matched key. */
export interface Matches {
  readonly touched: readonly number[];
  /** `best[e * units + u]`: 0 (no match) .. 1 (the word itself, in the entry's own question words). */
  readonly best: Float64Array;
  readonly tf: Float64Array;
}

// A word found in an entry's own question words counts fully; in its passage, a little less
// (TUNING.ranking.passageWeight), so that "What is Trainium?" prefers the definition over a paragraph
// that mentions Trainium. Broad words only add to entries that a rarer word found.
const { passageWeight, nestedWeight, broadShare, broadMin } = TUNING.ranking;

// One scratch area per index, reused across questions so a busy bot does not churn the heap.
const scratchOf = new WeakMap<
  IndexedKnowledgeBase,
  { best: Float64Array; tf: Float64Array; seen: Uint8Array }
>();

function scratch(
  ikb: IndexedKnowledgeBase,
  size: number,
): { best: Float64Array; tf: Float64Array; seen: Uint8Array } {
  let area = scratchOf.get(ikb);
  if (!area || area.best.length < size) {
    area = {
      best: new Float64Array(size),
      tf: new Float64Array(size),
      seen: new Uint8Array(ikb.entries.length),
    };
    scratchOf.set(ikb, area);
  }
  return area;
}

function reach(ikb: IndexedKnowledgeBase, unit: QueryUnit): number {
  return unit.alternatives.reduce(
    (sum, a) =>
      sum +
      (ikb.passagePostings.get(a.key)?.passages.length ?? 0) +
      (ikb.questionPostings.get(a.key)?.length ?? 0),
    0,
  );
}

/**
 * Accumulates matches term by term from the postings, so entries sharing no word with the
 * question cost nothing. The returned arrays are scratch space: read them before the next call.
 */
export function accumulateMatches(ikb: IndexedKnowledgeBase, units: readonly QueryUnit[]): Matches {
  const width = units.length;
  const area = scratch(ikb, ikb.entries.length * width);
  const { best, tf, seen } = area;
  const touched: number[] = [];
  const broadLimit = Math.max(broadMin, ikb.entries.length * broadShare);
  const reaches = units.map((u) => reach(ikb, u));
  // When every word is broad, the rarest one still leads, so a question of common words stays cheap.
  const leader = reaches.indexOf(Math.min(...reaches));
  const broad = reaches.map((r, u) => r > broadLimit && u !== leader);
  const anyNarrow = broad.includes(false);

  const record = (e: number, u: number, weight: number, count: number): void => {
    if (seen[e] === 0) {
      seen[e] = 1;
      touched.push(e);
      best.fill(0, e * width, e * width + width);
      tf.fill(0, e * width, e * width + width);
    }
    const slot = e * width + u;
    if (weight > (best[slot] ?? 0)) best[slot] = weight;
    if (count > (tf[slot] ?? 0)) tf[slot] = count;
  };

  units.forEach((unit, u) => {
    if (anyNarrow && broad[u]) return;
    for (const { key, weight } of unit.alternatives) {
      for (const e of ikb.questionPostings.get(key) ?? []) record(e, u, weight, 0);
      const postings = ikb.passagePostings.get(key);
      if (!postings) continue;
      postings.passages.forEach((p, j) => {
        for (const e of ikb.entriesOfPassage[p] ?? []) {
          const share = ikb.entries[e]?.nested.has(p) === true ? nestedWeight : passageWeight;
          record(e, u, weight * share, postings.counts[j] ?? 0);
        }
      });
    }
  });
  if (anyNarrow) {
    // Broad words: look them up only in the entries the narrow words found.
    for (const e of touched) {
      const indexed = ikb.entries[e];
      if (!indexed) continue;
      units.forEach((unit, u) => {
        if (!broad[u]) return;
        for (const { key, weight } of unit.alternatives) {
          if (indexed.questionKeys.has(key)) record(e, u, weight, 0);
          for (const p of indexed.passageIndexes) {
            const count = countIn(ikb.passagePostings.get(key), p);
            const share = indexed.nested.has(p) ? nestedWeight : passageWeight;
            if (count > 0) record(e, u, weight * share, count);
          }
        }
      });
    }
  }
  for (const e of touched) seen[e] = 0;
  return { touched, best, tf };
}
