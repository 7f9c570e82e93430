import type { IndexedKnowledgeBase } from '../indexing/build-index.js';
import { accumulateMatches } from './accumulate-matches.js';
import { evidenceFactor } from './decide.js';
import { matchedKeysOf, reverseCoverageOf, sentenceCoverageOf } from './leader-signals.js';
import type { QueryUnit, ResolvedQuery } from '../query/resolve-query.js';

/** How well one entry answers a question. */
export interface RankedEntry {
  readonly entryIndex: number;
  /** Share of the question's information (idf-weighted) that the entry covers, 0..1. */
  readonly coverage: number;
  /** Share of the entry's closest phrasing that the question covers, 0..1 (computed for the leaders only). */
  readonly reverseCoverage: number;
  /** The idf-weighted amount of the question the entry covers, counting only words that can name a topic. */
  readonly evidence: number;
  /** Keys of the entry that the question matched, for highlighting (computed for the leaders only). */
  readonly matchedKeys: readonly string[];
  readonly score: number;
}

const DENSITY_WEIGHT = 0.04;
const REVERSE_WEIGHT = 0.15;
const SENTENCE_WEIGHT = 0.1;
const MAX_LEADERS = 24;
const MAX_RANKED = 200;
// "How many …?" answered by a passage without any figure is probably not answered.
const NO_FIGURE_FACTOR = 0.8;
// Words the content never uses count against an entry, but questions carry filler: beyond the
// first two such words they weigh half; an everyday word ("going", "play") weighs little, and so
// does a common one in a question that names three or more things the content knows.
const FULL_WEIGHT_UNKNOWNS = 2;
const LONG_QUESTION_KNOWN_UNITS = 3;
const FILLER_FACTOR = 0.35;
const LONG_QUESTION_UNITS = 6;
const LONG_UNMATCHED_FACTOR = 0.35;
const EVERYDAY_EVIDENCE = 0.5;

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

const byScore = (a: RankedEntry, b: RankedEntry): number => b.score - a.score || a.entryIndex - b.entryIndex;

/** Scores every entry that shares a key with the question; best first, ties in content order. */
export function rankEntries(ikb: IndexedKnowledgeBase, query: ResolvedQuery): RankedEntry[] {
  const { units } = query;
  // Figures alone ("17*23") are not a question about the content.
  if (!units.some((u) => u.known && !u.numeric)) return [];
  const weights = unitWeights(units);
  const totalIdf = weights.reduce((sum, w) => sum + w, 0);
  if (totalIdf === 0) return [];
  const width = units.length;
  const { touched, best, tf } = accumulateMatches(ikb, units);

  const everyday = units.map((u) => u.commonness === 'everyday');
  const long = units.length >= LONG_QUESTION_UNITS;
  const scores = new Float64Array(touched.length);
  const coverages = new Float64Array(touched.length);
  const evidences = new Float64Array(touched.length);
  touched.forEach((entryIndex, t) => {
    let matchedIdf = 0;
    let evidence = 0;
    let everydayEvidence = 0;
    let density = 0;
    for (let u = 0; u < width; u++) {
      const weight = weights[u] ?? 0;
      const match = weight * (best[entryIndex * width + u] ?? 0);
      const count = tf[entryIndex * width + u] ?? 0;
      matchedIdf += match;
      if (everyday[u]) everydayEvidence += match;
      else evidence += match;
      density += (weight * count) / (count + 1);
    }
    // "good", "make": everyday words match by chance. They add a little to a question that also
    // names something the content knows, and alone ("good morning") they show nothing.
    if (evidence > 0) evidence += everydayEvidence * EVERYDAY_EVIDENCE;
    const figureFactor = query.wantsFigure && !ikb.entries[entryIndex]?.hasFigure ? NO_FIGURE_FACTOR : 1;
    // A long question says more than it asks: what it leaves unmatched counts for less.
    const unmatched = (totalIdf - matchedIdf) * (long ? LONG_UNMATCHED_FACTOR : 1);
    const coverage = matchedIdf === 0 ? 0 : (matchedIdf / (matchedIdf + unmatched)) * figureFactor;
    // Rank by what we would be confident in: coverage backed by evidence, then density.
    scores[t] = coverage * evidenceFactor(evidence, 0) + (DENSITY_WEIGHT * density) / totalIdf;
    coverages[t] = coverage;
    evidences[t] = evidence;
  });
  // Callers look at the best, a few related and a few suggestions; the long tail is noise, so
  // only the leading entries become objects.
  const order = Array.from(touched.keys())
    .sort((a, b) => (scores[b] ?? 0) - (scores[a] ?? 0) || (touched[a] ?? 0) - (touched[b] ?? 0))
    .slice(0, MAX_RANKED);
  const ranked: RankedEntry[] = order.map((t) => ({
    entryIndex: touched[t] ?? 0,
    coverage: coverages[t] ?? 0,
    reverseCoverage: 0,
    evidence: evidences[t] ?? 0,
    matchedKeys: [],
    score: scores[t] ?? 0,
  }));

  // Only entries that the bonuses could still lift to the top get the exact second look.
  const floor = ranked[0]?.score ?? 0;
  let looked = 0;
  for (let i = 0; i < ranked.length && looked < MAX_LEADERS; i++) {
    const r = ranked[i]!;
    const ceiling =
      r.score + r.coverage * (1 - evidenceFactor(r.evidence, 0)) + REVERSE_WEIGHT + SENTENCE_WEIGHT;
    if (ceiling < floor) continue;
    looked++;
    const indexed = ikb.entries[r.entryIndex]!;
    const matched = matchedKeysOf(ikb, indexed, units);
    const reverseCoverage = reverseCoverageOf(indexed, matched);
    const sentenceCoverage = sentenceCoverageOf(ikb, indexed, units, weights, totalIdf);
    const bonus = REVERSE_WEIGHT * reverseCoverage + SENTENCE_WEIGHT * sentenceCoverage;
    const lift = r.coverage * (evidenceFactor(r.evidence, reverseCoverage) - evidenceFactor(r.evidence, 0));
    ranked[i] = { ...r, reverseCoverage, matchedKeys: [...matched.keys()], score: r.score + lift + bonus };
  }
  return ranked.sort(byScore);
}
