import type { IndexedKnowledgeBase } from '../indexing/build-index.js';
import type { ResolvedQuery } from '../query/resolve-query.js';
import { evidenceFactor } from './evidence.js';
import type { RankedEntry } from './ranked-entry.js';
import { TUNING } from '../tuning.js';
import { windowCoverage } from './window-coverage.js';

/** Answers at or above this confidence are given; below it the engine declines with suggestions. */
export const ANSWER_THRESHOLD = TUNING.decision.threshold;
/** Answers below this confidence may not be what was asked, and adapters say so. */
export const SURE_CONFIDENCE = TUNING.decision.sure;

/**
 * Confidence 0..1 that the top-ranked entry answers the question. Two readings, the better one
 * counts: how much of the question the entry's own words and passage cover (content idf, curated
 * phrasings), and, for a bare paragraph, how much of it two adjacent sentences say (rarity in
 * everyday English) — only when the question has no rare word the content never uses. Curated and
 * glossary entries keep the first reading alone: their phrasings say what they answer, and a
 * question that shares their names but not their phrasings asks something else. A "when" or
 * "how many" question whose words stand beside no date or figure is not answered.
 */
export function confidenceOf(
  ikb: IndexedKnowledgeBase,
  query: ResolvedQuery,
  top: RankedEntry | undefined,
): number {
  return top ? readingOf(ikb, query, top).confidence : 0;
}

/**
 * How near one entry comes to answering, whether or not it holds the date or figure asked for: a
 * "how much does it cost per hour?" that the pricing paragraph cannot answer is still about it.
 */
export function closenessOf(ikb: IndexedKnowledgeBase, query: ResolvedQuery, ranked: RankedEntry): number {
  return readingOf(ikb, query, ranked).closeness;
}

/** The confidence in one entry, the same before the kind of answer is checked, and whether it has that kind. */
function readingOf(
  ikb: IndexedKnowledgeBase,
  query: ResolvedQuery,
  ranked: RankedEntry,
): { confidence: number; closeness: number; kindFound: boolean } {
  const entry = Math.max(
    0,
    Math.min(1, ranked.coverage * evidenceFactor(ranked.evidence, ranked.reverseCoverage)),
  );
  const { window, strangeWord, kindFound } = windowCoverage(ikb, query, ranked.entryIndex);
  const bareParagraph = ikb.entries[ranked.entryIndex]?.entry.origin === 'derived';
  // The window reading has its own bar; shifted onto the entry's scale, one threshold decides both.
  const { threshold, windowThreshold } = TUNING.decision;
  const fromWindow = Math.min(1, window + threshold - windowThreshold);
  const confidence = bareParagraph && !strangeWord ? Math.max(entry, fromWindow) : entry;
  return {
    confidence: kindFound ? confidence : confidence * TUNING.decision.missingKindFactor,
    closeness: confidence,
    kindFound,
  };
}

/** The entry to answer with, and how confident the engine is in it. */
export interface Choice {
  readonly entry: RankedEntry | undefined;
  readonly confidence: number;
}

/**
 * Answers with the top entry, unless it lacks the date or figure asked for ("how many …?" met by a
 * definition) and one of the next leaders, nearly as relevant, has it.
 */
export function chooseAnswer(
  ikb: IndexedKnowledgeBase,
  query: ResolvedQuery,
  ranked: readonly RankedEntry[],
): Choice {
  const top = ranked[0];
  const choice = { entry: top, confidence: confidenceOf(ikb, query, top) };
  if (!top || query.answerType === undefined || choice.confidence >= ANSWER_THRESHOLD) return choice;
  const { kindLeaders, kindMargin } = TUNING.decision;
  for (const other of ranked.slice(1, kindLeaders)) {
    if (other.score < top.score - kindMargin) break;
    const { confidence, kindFound } = readingOf(ikb, query, other);
    if (kindFound && confidence >= ANSWER_THRESHOLD) return { entry: other, confidence };
  }
  return choice;
}
