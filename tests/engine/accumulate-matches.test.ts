import { describe, expect, it } from 'vitest';
import { buildIndex, type IndexedKnowledgeBase } from '../../src/engine/index.js';
import { countIn } from '../../src/engine/indexing/postings.js';
import { resolveQuery, type QueryUnit } from '../../src/engine/query/resolve-query.js';
import { accumulateMatches } from '../../src/engine/ranking/accumulate-matches.js';
import { TUNING } from '../../src/engine/tuning.js';
import { syntheticKnowledgeBase, syntheticQuestions } from '../bench/synthetic-kb.js';

const { passageWeight, nestedWeight, broadShare, broadMin } = TUNING.ranking;

/** What accumulateMatches means, entry by entry with no postings tricks: the reference it must equal. */
function naiveMatches(
  ikb: IndexedKnowledgeBase,
  units: readonly QueryUnit[],
): { found: Map<number, number[][]>; broadReaches: number[] } {
  const reaches = units.map((u) =>
    u.alternatives.reduce(
      (sum, a) =>
        sum +
        (ikb.passagePostings.get(a.key)?.passages.length ?? 0) +
        (ikb.questionPostings.get(a.key)?.length ?? 0),
      0,
    ),
  );
  const leader = reaches.indexOf(Math.min(...reaches));
  const broadLimit = Math.max(broadMin, ikb.entries.length * broadShare);
  const broad = reaches.map((r, u) => r > broadLimit && u !== leader);
  const anyNarrow = broad.includes(false);
  const matchOf = (e: number, unit: QueryUnit): [number, number] => {
    const indexed = ikb.entries[e]!;
    let best = 0;
    let tf = 0;
    for (const { key, weight } of unit.alternatives) {
      if (indexed.questionKeys.has(key)) best = Math.max(best, weight);
      for (const p of indexed.passageIndexes) {
        const count = countIn(ikb.passagePostings.get(key), p);
        if (count === 0) continue;
        best = Math.max(best, weight * (indexed.nested.has(p) ? nestedWeight : passageWeight));
        tf = Math.max(tf, count);
      }
    }
    return [best, tf];
  };
  const found = new Map<number, number[][]>();
  ikb.entries.forEach((_, e) => {
    const matches = units.map((unit) => matchOf(e, unit));
    if (matches.some(([best], u) => best > 0 && !(anyNarrow && broad[u]))) found.set(e, matches);
  });
  return { found, broadReaches: anyNarrow ? reaches.filter((_, u) => broad[u]) : [] };
}

describe('accumulateMatches', () => {
  it('finds the entries and the best match and count of each word that a scan of every entry finds', () => {
    const kb = syntheticKnowledgeBase(400);
    const ikb = buildIndex(kb);
    const ways = { postings: 0, lookups: 0 };
    for (const question of syntheticQuestions(kb, 150)) {
      const { units } = resolveQuery(ikb, question);
      const { found: expected, broadReaches } = naiveMatches(ikb, units);
      const { touched, best, tf } = accumulateMatches(ikb, units);
      expect([...touched].sort((a, b) => a - b)).toEqual([...expected.keys()].sort((a, b) => a - b));
      for (const e of touched)
        expect(units.map((_, u) => [best[e * units.length + u], tf[e * units.length + u]])).toEqual(
          expected.get(e),
        );
      for (const reach of broadReaches) ways[reach <= touched.length * 64 ? 'postings' : 'lookups']++;
    }
    // Broad words found both ways (through their postings, and looked up in each touched entry).
    expect(ways.postings).toBeGreaterThan(5);
    expect(ways.lookups).toBeGreaterThan(5);
  });
});
