import type { RankedEntry } from './rank-entries.js';

/** Answers at or above this confidence are given; below it the engine declines with suggestions. */
export const ANSWER_THRESHOLD = 0.55;
// Below this much matched information a question is too vague to answer ("what is ai?"),
// unless it reads like one of the entry's own phrasings ("what is trainium?").
const MIN_EVIDENCE = 0.9;

/** How much of an entry's coverage to believe, 0..1, given the evidence behind it. */
export function evidenceFactor(evidence: number, reverseCoverage: number): number {
  return Math.max(Math.min(1, evidence / MIN_EVIDENCE), reverseCoverage);
}

/** Confidence 0..1 that the top-ranked entry answers the question. */
export function confidenceOf(top: RankedEntry | undefined): number {
  if (!top) return 0;
  return Math.max(0, Math.min(1, top.coverage * evidenceFactor(top.evidence, top.reverseCoverage)));
}
