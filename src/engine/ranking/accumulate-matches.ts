import type { IndexedKnowledgeBase } from '../indexing/build-index.js';
import { denseEntries } from '../indexing/dense-entries.js';
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
const POSTINGS_PER_LOOKUP = 64;

interface Scratch {
  best: Float64Array;
  tf: Float64Array;
  seen: Uint8Array;
}

// One scratch area per index, reused across questions so a busy bot does not churn the heap.
const scratchOf = new WeakMap<IndexedKnowledgeBase, Scratch>();

function scratch(ikb: IndexedKnowledgeBase, size: number): Scratch {
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

  const { hasNested } = denseEntries(ikb);
  const shareOf = (e: number, p: number): number =>
    hasNested[e] === 1 && ikb.entries[e]?.nested.has(p) === true ? nestedWeight : passageWeight;
  const record = (e: number, u: number, weight: number, count: number): void => {
    const from = e * width;
    if (seen[e] === 0) {
      seen[e] = 1;
      touched.push(e);
      for (let slot = from; slot < from + width; slot++) best[slot] = tf[slot] = 0;
    }
    const slot = from + u;
    if (weight > (best[slot] ?? 0)) best[slot] = weight;
    if (count > (tf[slot] ?? 0)) tf[slot] = count;
  };

  // Walks a key's postings in sequence; `touchedOnly`: adds only to entries already touched.
  const recordPostings = (key: string, u: number, weight: number, touchedOnly: boolean): void => {
    for (const e of ikb.questionPostings.get(key) ?? [])
      if (!touchedOnly || seen[e] === 1) record(e, u, weight, 0);
    const postings = ikb.passagePostings.get(key);
    if (!postings) return;
    const { passages, counts } = postings;
    for (let j = 0; j < passages.length; j++) {
      const p = passages[j] ?? 0;
      for (const e of ikb.entriesOfPassage[p] ?? [])
        if (!touchedOnly || seen[e] === 1) record(e, u, weight * shareOf(e, p), counts[j] ?? 0);
    }
  };

  for (let u = 0; u < width; u++) {
    if (anyNarrow && broad[u]) continue;
    for (const { key, weight } of units[u]?.alternatives ?? []) recordPostings(key, u, weight, false);
  }
  if (anyNarrow) {
    // Broad words only add to the entries the narrow words found (all already touched, so the order
    // of the lookups changes nothing): through the key's postings, read in sequence, unless they are
    // much longer than the list of touched entries, each looked up through its objects at a cache
    // miss or more (the factor was measured on the 10,000-entry bench: 4 to 1,000 ran alike, 1 took
    // twice as long, the old lookup in each entry always took 8 ms on some questions, now 0.4 ms).
    const found = touched.length;
    for (let u = 0; u < width; u++) {
      if (!broad[u]) continue;
      for (const { key, weight } of units[u]?.alternatives ?? []) {
        const asked = ikb.questionPostings.get(key) ?? [];
        const postings = ikb.passagePostings.get(key);
        if (asked.length + (postings?.passages.length ?? 0) <= found * POSTINGS_PER_LOOKUP) {
          recordPostings(key, u, weight, true);
          continue;
        }
        for (let t = 0; t < found; t++) {
          const e = touched[t] ?? 0;
          const indexed = ikb.entries[e];
          if (!indexed) continue;
          if (indexed.questionKeys.has(key)) record(e, u, weight, 0);
          for (const p of indexed.passageIndexes) {
            const count = countIn(postings, p);
            if (count > 0) record(e, u, weight * shareOf(e, p), count);
          }
        }
      }
    }
  }
  for (const e of touched) seen[e] = 0;
  return { touched, best, tf };
}
