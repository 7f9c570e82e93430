import { TUNING } from '../tuning.js';

/** How much of an entry's coverage to believe, 0..1, given the evidence behind it. */
export function evidenceFactor(evidence: number, reverseCoverage: number): number {
  return Math.max(Math.min(1, evidence / TUNING.ranking.minEvidence), reverseCoverage);
}
