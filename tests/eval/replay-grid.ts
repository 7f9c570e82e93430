// The decision replayed for every setting of a grid at once (cross-validate.ts tries thousands): a
// question is decided (decideAmong, the engine's own) once per combination of the values that can
// change its outcome, and that outcome copied to every setting sharing them. The same counts as
// replaying each setting one by one (question-readings.ts): cross-validate-fast.test.ts holds them so.
import { decideAmong, type Candidate, type DecisionTuning } from '../../src/engine/ranking/decide.js';
import { projectionOf, type Axis, type GridAxes } from './grid-axes.js';
import type { QuestionReading } from './question-readings.js';

/**
 * A decision setting's outcome for one reading: the leader it picks (-1: none) and whether it answers,
 * packed into one small number (`(index + 1) * 2 + answered`).
 */
export type Outcome = number;
export const pickedOf = (outcome: Outcome): number => (outcome >> 1) - 1;
export const answers = (outcome: Outcome): boolean => (outcome & 1) === 1;

/** The passage a reading answers with, or undefined when declined ('' for the overview): question-readings.ts's replay. */
export function replayed(reading: QuestionReading, outcome: Outcome): string | undefined {
  if (reading.overview) return '';
  return answers(outcome) ? reading.passages[pickedOf(outcome)] : undefined;
}

/** The passage ranked first whatever the thresholds: question-readings.ts's rankedFirst. */
export function firstOf(reading: QuestionReading, outcome: Outcome): string | undefined {
  const index = pickedOf(outcome);
  return index >= 0 ? reading.passages[index] : undefined;
}

/** Whether a reading is answered with one of `expect` among the passages shown: question-readings.ts's answeredWith. */
export function shownRight(reading: QuestionReading, outcome: Outcome, expect: readonly string[]): boolean {
  if (reading.overview) return reading.overviewShown.some((id) => expect.includes(id));
  if (!answers(outcome)) return false;
  return (reading.shown[pickedOf(outcome)] ?? []).some((id) => expect.includes(id));
}

function outcomeUnder(reading: QuestionReading, decision: DecisionTuning): Outcome {
  const { index, confidence } = decideAmong(reading.candidates, reading.asksForKind, decision);
  return (index + 1) * 2 + (index >= 0 && confidence >= decision.threshold ? 1 : 0);
}

/** Whether a test over the axis's values gives more than one answer. */
const splits = (axis: Axis, test: (value: number) => boolean): boolean =>
  new Set(axis.values.map(test)).size > 1;

/** The window reading may count for this leader under some setting (decide.ts, confidenceFrom). */
const windowMayCount = ({ reading }: Candidate): boolean =>
  reading.bare && reading.telling && !reading.strangeWord;

/**
 * Whether an axis can change what the decision makes of these leaders: what confidenceFrom and
 * decideAmong (decide.ts) read each value in. Any key not named here (or added to the grid later)
 * counts as mattering always.
 */
function matters(axis: Axis, leaders: readonly Candidate[]): boolean {
  switch (axis.key) {
    case 'tieMargin': {
      // The first leader out of the margin ends the comparison: it matters when that one moves.
      const top = leaders[0]!.score;
      const compared = (margin: number): number => {
        const out = leaders.findIndex((c, i) => i > 0 && c.score < top - margin);
        return out < 0 ? leaders.length : out;
      };
      return new Set(axis.values.map(compared)).size > 1;
    }
    case 'guessedDiscount':
      return leaders.some(({ reading }) => !reading.bare && reading.guessed !== 0);
    case 'bareEntryThreshold':
      return leaders.some(({ reading }) => reading.bare);
    case 'windowThreshold':
      return leaders.some(windowMayCount);
    case 'guessedWindowDiscount':
      return leaders.some((c) => windowMayCount(c) && c.reading.guessed !== 0);
    case 'minKnownShare':
      return leaders.some((c) => windowMayCount(c) && splits(axis, (v) => c.reading.known >= v));
    case 'minWindowEvidence':
      return leaders.some((c) => windowMayCount(c) && splits(axis, (v) => c.reading.windowEvidence >= v));
    default:
      return true;
  }
}

/** The axes (a bit each) that can change a reading's outcome: none when there is no leader to pick. */
function mattering(reading: QuestionReading, grid: GridAxes): number {
  if (reading.candidates.length === 0) return 0;
  let mask = 0;
  grid.axes.forEach((axis, a) => {
    if (matters(axis, reading.candidates)) mask |= 1 << a;
  });
  return mask;
}

/**
 * Each setting's outcome for one reading, into `out` (one per setting). `axes`: the grid's, when it
 * is a product (grid-axes.ts); without them every setting is decided on its own.
 */
export function replayGrid(
  reading: QuestionReading,
  settings: readonly DecisionTuning[],
  axes: GridAxes | undefined,
  out: Uint8Array,
): void {
  const stand = axes ? projectionOf(axes, mattering(reading, axes)) : undefined;
  // 255: not decided yet under the setting standing for others (an outcome is below 2 * 128).
  const decided = new Uint8Array(settings.length).fill(255);
  for (let i = 0; i < settings.length; i++) {
    const s = stand ? stand[i]! : i;
    let outcome = decided[s]!;
    if (outcome === 255) decided[s] = outcome = outcomeUnder(reading, settings[s]!);
    out[i] = outcome;
  }
}

/** A test of one reading's outcome under a setting (`at`: the reading's place in the list tallied). */
export type OutcomeTest = (reading: QuestionReading, outcome: Outcome, at: number) => boolean;

/**
 * Per setting, how many of the readings pass each test; each reading is decided once for all the
 * tests, and each test asked once per outcome the reading can have.
 */
export function tally(
  readings: readonly QuestionReading[],
  settings: readonly DecisionTuning[],
  axes: GridAxes | undefined,
  tests: readonly OutcomeTest[],
): Int32Array[] {
  const counts = tests.map(() => new Int32Array(settings.length));
  const outcomes = new Uint8Array(settings.length);
  readings.forEach((reading, at) => {
    replayGrid(reading, settings, axes, outcomes);
    // Every outcome a reading can have: no leader or one of its leaders, answered or not.
    const kinds = (reading.candidates.length + 1) * 2;
    for (let t = 0; t < tests.length; t++) {
      const passes = new Uint8Array(kinds);
      for (let o = 0; o < kinds; o++) passes[o] = tests[t]!(reading, o, at) ? 1 : 0;
      addPasses(counts[t]!, passes, outcomes);
    }
  });
  return counts;
}

function addPasses(count: Int32Array, passes: Uint8Array, outcomes: Uint8Array): void {
  for (let i = 0; i < outcomes.length; i++) count[i]! += passes[outcomes[i]!]!;
}
