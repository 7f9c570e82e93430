import type { IndexedKnowledgeBase } from '../indexing/build-index.js';
import { accumulateMatches } from './accumulate-matches.js';
import { denseEntries, ENTRY_ORIGINS, passagesOfEntries } from '../indexing/dense-entries.js';
import { kthLargest } from './kth-largest.js';
import { asksHeading } from './asks-heading.js';
import { evidenceFactor } from './evidence.js';
import { documentPrior } from './document-prior.js';
import { liftFirstMention } from './first-mention.js';
import type { RankedEntry } from './ranked-entry.js';
import { matchedKeysOf, reverseCoverageOf, sentenceCoverageOf } from './leader-signals.js';
import type { QueryUnit, ResolvedQuery } from '../query/resolve-query.js';
import { scorePassages, type RelevanceTuning } from './score-passages.js';
import { TUNING } from '../tuning.js';

const MAX_LEADERS = 24;
const MAX_RANKED = 64;
// Entries whose passages get the text-relevance look: more than any content of a few hundred passages has.
const RELEVANCE_CANDIDATES = 256;
const T = TUNING.ranking;

function unitWeights(units: readonly QueryUnit[]): number[] {
  const long = units.filter((u) => u.known).length >= T.longQuestionKnownUnits;
  let unknownSeen = 0;
  return units.map((u) => {
    if (u.known) return u.idf;
    unknownSeen++;
    const weight = unknownSeen <= T.fullWeightUnknowns ? u.idf : u.idf / 2;
    const filler = u.commonness === 'everyday' || (long && u.commonness === 'common');
    return filler ? weight * T.fillerFactor : weight;
  });
}

/**
 * Each entry's score: its own coverage mixed with its passage's text relevance (relative to the best
 * passage's), by entry origin (TUNING.relevance.weights). Only the entries whose own coverage leads
 * have their passages scored: the rest cannot reach the top.
 */
function mixInRelevance(
  ikb: IndexedKnowledgeBase,
  query: ResolvedQuery,
  touched: readonly number[],
  owns: Float64Array,
  tuning: RelevanceTuning,
): Float64Array {
  const candidates = leadingIndexes(owns, RELEVANCE_CANDIDATES);
  const within = passagesOfEntries(
    ikb,
    candidates.map((t) => touched[t] ?? 0),
  );
  const passages = scorePassages(ikb, query, within, tuning);
  const scores = new Float64Array(owns.length);
  const isCandidate = new Uint8Array(owns.length);
  for (const t of candidates) isCandidate[t] = 1;
  // Read through flat per-entry arrays: a question of common words touches most of a large index.
  const { origin, passageStart, passageList } = denseEntries(ikb);
  const mixes = ENTRY_ORIGINS.map((o) => tuning.weights[o]);
  for (let t = 0; t < touched.length; t++) {
    const e = touched[t] ?? 0;
    const mix = mixes[origin[e] ?? 0] ?? tuning.weights.derived;
    let relevance = 0;
    if (isCandidate[t] === 1 && passages.top > 0)
      for (let i = passageStart[e] ?? 0; i < (passageStart[e + 1] ?? 0); i++)
        relevance = Math.max(relevance, (passages.relevance[passageList[i] ?? 0] ?? 0) / passages.top);
    scores[t] = mix.own * (owns[t] ?? 0) + mix.relevance * relevance;
  }
  return scores;
}

/** The indexes of (at least) the `limit` highest scores. */
function leadingIndexes(scores: Float64Array, limit: number): number[] {
  const floor = scores.length > limit ? kthLargest(scores, limit) : -Infinity;
  const leading: number[] = [];
  for (let t = 0; t < scores.length; t++) if ((scores[t] ?? 0) >= floor) leading.push(t);
  return leading;
}

const byScore = (a: RankedEntry, b: RankedEntry): number => b.score - a.score || a.entryIndex - b.entryIndex;

/** Scores every entry that shares a key with the question; best first, ties in content order. */
export function rankEntries(
  ikb: IndexedKnowledgeBase,
  query: ResolvedQuery,
  tuning: RelevanceTuning = TUNING.relevance,
): RankedEntry[] {
  const { units } = query;
  // Figures alone ("17*23") are not a question about the content.
  if (!units.some((u) => u.known && !u.numeric)) return [];
  const weights = unitWeights(units);
  const totalIdf = weights.reduce((sum, w) => sum + w, 0);
  if (totalIdf === 0) return [];
  const width = units.length;
  const { touched, best, tf } = accumulateMatches(ikb, units);
  const everyday = units.map((u) => u.commonness === 'everyday');
  const long = units.length >= T.longQuestionUnits;
  const owns = new Float64Array(touched.length);
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
    if (evidence > 0) evidence += everydayEvidence * T.everydayEvidence;
    const figureFactor = query.wantsFigure && !ikb.entries[entryIndex]?.hasFigure ? T.noFigureFactor : 1;
    // A long question says more than it asks: what it leaves unmatched counts for less.
    const unmatched = (totalIdf - matchedIdf) * (long ? T.longUnmatchedFactor : 1);
    const coverage = matchedIdf === 0 ? 0 : (matchedIdf / (matchedIdf + unmatched)) * figureFactor;
    // Rank by what we would be confident in: coverage backed by evidence, then density.
    owns[t] = coverage * evidenceFactor(evidence, 0) + (T.densityWeight * density) / totalIdf;
    coverages[t] = coverage;
    evidences[t] = evidence;
  });
  const scores = mixInRelevance(ikb, query, touched, owns, tuning);
  // In a folder of documents, the page whose title the question names leads (document-prior.ts).
  const prior = documentPrior(ikb, units, weights, totalIdf);
  if (prior && tuning.titleWeight > 0)
    for (let t = 0; t < touched.length; t++)
      scores[t] = (scores[t] ?? 0) + tuning.titleWeight * prior(touched[t] ?? 0);
  // Callers look at the best, a few related and a few suggestions; the long tail is noise, so
  // only the leading entries become objects.
  const order = leadingIndexes(scores, MAX_RANKED).sort(
    (a, b) => (scores[b] ?? 0) - (scores[a] ?? 0) || (touched[a] ?? 0) - (touched[b] ?? 0),
  );
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
      r.score + r.coverage * (1 - evidenceFactor(r.evidence, 0)) + T.reverseWeight + T.sentenceWeight;
    if (ceiling < floor) continue;
    looked++;
    const indexed = ikb.entries[r.entryIndex]!;
    const matched = matchedKeysOf(ikb, indexed, units);
    const reverseCoverage = reverseCoverageOf(indexed, matched);
    const sentenceCoverage = sentenceCoverageOf(ikb, indexed, units, weights, totalIdf);
    const own = tuning.weights[indexed.entry.origin].own;
    const bonus = own * (T.reverseWeight * reverseCoverage + T.sentenceWeight * sentenceCoverage);
    const lift =
      own * r.coverage * (evidenceFactor(r.evidence, reverseCoverage) - evidenceFactor(r.evidence, 0));
    ranked[i] = { ...r, reverseCoverage, matchedKeys: [...matched.keys()], score: r.score + lift + bonus };
  }
  // "What is QueryResult": the section that first names it introduces it (first-mention.ts).
  const lifted = liftFirstMention(ikb, query, ranked, tuning.definitionWeight).sort(byScore);
  // A question that says a heading's words and nothing else the content knows asks that section first.
  const named = lifted.filter((r) => asksHeading(ikb.entries[r.entryIndex]!, units));
  return named.length === 0 ? lifted : [...named, ...lifted.filter((r) => !named.includes(r))];
}
