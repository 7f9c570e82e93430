import type { RankedEntry } from './rank-entries.js';

/** Answers at or above this confidence are given; below it the engine declines with suggestions. */
export const ANSWER_THRESHOLD = 0.55;
// Below this much matched information a question is too vague to answer ("what is ai?"),
// unless it reads like one of the entry's own phrasings ("what is trainium?").
const MIN_EVIDENCE = 0.9;

/** Confidence 0..1 that the top-ranked entry answers the question. */
export function confidenceOf(top: RankedEntry | undefined): number {
  if (!top) return 0;
  const evidence = Math.max(Math.min(1, top.evidence / MIN_EVIDENCE), top.reverseCoverage);
  return Math.max(0, Math.min(1, top.coverage * evidence));
}
