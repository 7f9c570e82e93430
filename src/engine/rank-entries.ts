import type { IndexedEntry, IndexedKnowledgeBase } from './build-index.js';
import type { QueryUnit, ResolvedQuery } from './resolve-query.js';

/** How well one entry answers a question. */
export interface RankedEntry {
  readonly entryIndex: number;
  /** Share of the question's information (idf-weighted) that the entry covers, 0..1. */
  readonly coverage: number;
  /** Share of the entry's closest phrasing that the question covers, 0..1 (0 for derived entries). */
  readonly reverseCoverage: number;
  /** The idf-weighted amount of the question the entry covers, counting only words that can name a topic. */
  readonly evidence: number;
  /** Keys of the entry that the question matched, for highlighting. */
  readonly matchedKeys: readonly string[];
  readonly score: number;
}

// A word found in an entry's own question words counts fully; in its passage, a little less,
// so that "What is Trainium?" prefers the definition over a paragraph that mentions Trainium.
const PASSAGE_WEIGHT = 0.9;
const DENSITY_WEIGHT = 0.04;
const REVERSE_WEIGHT = 0.15;
// "How many …?" answered by a passage without any figure is probably not answered.
const NO_FIGURE_FACTOR = 0.8;
// Words the content never uses count against an entry, but questions carry filler: beyond the
// first two such words they weigh half; an everyday word ("going", "play") weighs little, and so
// does a common one in a question that names three or more things the content knows.
const FULL_WEIGHT_UNKNOWNS = 2;
const LONG_QUESTION_KNOWN_UNITS = 3;
const FILLER_FACTOR = 0.35;

function candidateEntries(ikb: IndexedKnowledgeBase, units: readonly QueryUnit[]): Set<number> {
  const candidates = new Set<number>();
  for (const unit of units) {
    for (const { key } of unit.alternatives) {
      for (const e of ikb.questionPostings.get(key) ?? []) candidates.add(e);
      for (const p of ikb.passagePostings.get(key) ?? []) for (const e of ikb.entriesOfPassage[p] ?? []) candidates.add(e);
    }
  }
  return candidates;
}

function unitWeights(units: readonly QueryUnit[]): number[] {
  const long = units.filter((u) => u.known).length >= LONG_QUESTION_KNOWN_UNITS;
  let unknownSeen = 0;
  return units.map((u) => {
    if (u.known) return u.idf;
    unknownSeen++;
    const weight = unknownSeen <= FULL_WEIGHT_UNKNOWNS ? u.idf : u.idf / 2;
    const filler = u.commonness === 'everyday' || (long && u.commonness === 'common');
    return filler ? weight * FILLER_FACTOR : weight;
  });
}

/** The best share of one of the entry's phrasings that the matched keys make up. */
function reverseCoverageOf(indexed: IndexedEntry, matched: ReadonlyMap<string, number>): number {
  let best = 0;
  for (const phrasing of indexed.phrasings) {
    if (phrasing.totalIdf === 0) continue;
    let covered = 0;
    phrasing.keys.forEach((key, i) => (covered += (matched.get(key) ?? 0) * (phrasing.idfs[i] ?? 0)));
    best = Math.max(best, covered / phrasing.totalIdf);
  }
  return best;
}

/** Scores every entry that shares a key with the question; best first, ties in content order. */
export function rankEntries(ikb: IndexedKnowledgeBase, query: ResolvedQuery): RankedEntry[] {
  const { units } = query;
  // Figures alone ("17*23") are not a question about the content.
  if (!units.some((u) => u.known && !u.numeric)) return [];
  const weights = unitWeights(units);
  const totalIdf = weights.reduce((sum, w) => sum + w, 0);
  if (totalIdf === 0) return [];
  const ranked: RankedEntry[] = [];
  for (const entryIndex of candidateEntries(ikb, units)) {
    const indexed = ikb.entries[entryIndex];
    if (!indexed) continue;
    let matchedIdf = 0;
    let evidence = 0;
    let density = 0;
    const matched = new Map<string, number>();
    units.forEach((unit, u) => {
      let best = 0;
      let bestTf = 0;
      for (const { key, weight } of unit.alternatives) {
        let tf = 0;
        for (const p of indexed.passageIndexes) tf += ikb.passages[p]?.termCounts.get(key) ?? 0;
        const field = indexed.questionKeys.has(key) ? 1 : tf > 0 ? PASSAGE_WEIGHT : 0;
        if (field > 0) matched.set(key, Math.max(matched.get(key) ?? 0, weight));
        if (weight * field > best) {
          best = weight * field;
          bestTf = tf;
        }
      }
      matchedIdf += (weights[u] ?? 0) * best;
      // "good", "make": everyday words match by chance; they do not show the question is about the content.
      if (unit.commonness !== 'everyday') evidence += (weights[u] ?? 0) * best;
      density += ((weights[u] ?? 0) * bestTf) / (bestTf + 1);
    });
    if (matchedIdf === 0) continue;
    const figureFactor = query.wantsFigure && !indexed.hasFigure ? NO_FIGURE_FACTOR : 1;
    const coverage = (matchedIdf / totalIdf) * figureFactor;
    const reverseCoverage = reverseCoverageOf(indexed, matched);
    const score = coverage + (DENSITY_WEIGHT * density) / totalIdf + REVERSE_WEIGHT * reverseCoverage;
    ranked.push({ entryIndex, coverage, reverseCoverage, evidence, matchedKeys: [...matched.keys()], score });
  }
  return ranked.sort((a, b) => b.score - a.score || a.entryIndex - b.entryIndex);
}
