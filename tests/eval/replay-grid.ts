// The decision replayed for every setting of a grid at once (cross-validate.ts tries thousands): a
// question is decided (decideAmong, the engine's own) once per combination of the values that can
// change its outcome, and that outcome copied to every setting sharing them. The same counts as
// replaying each setting one by one (question-readings.ts): cross-validate-fast.test.ts holds them so.
import { decideAmong, type Candidate, type DecisionTuning } from '../../src/engine/ranking/decide.js';
import { eachAlone, projectionOf, type Axis, type GridAxes, type Standing } from './grid-axes.js';
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

/** The window reading may count for this leader under some setting (decide.ts, confidenceFrom): a document section's too. */
const windowMayCount = ({ reading }: Candidate): boolean =>
  (reading.bare || reading.section) && reading.telling && !reading.strangeWord;

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
    case 'missedNameDiscount':
      return leaders.some(({ reading }) => !reading.bare && reading.curated && reading.missedName !== 0);
    case 'unknownOrdinaryDiscount':
      return leaders.some(({ reading }) => !reading.bare && reading.curated && reading.unknownOrdinary !== 0);
    case 'maxSectionAbsentShare':
      return leaders.some(
        (c) => c.reading.section && windowMayCount(c) && splits(axis, (v) => c.reading.absent <= v),
      );
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

/** Which settings stand for which for this reading; without the grid's axes, each stands alone. */
const standingFor = (reading: QuestionReading, size: number, axes: GridAxes | undefined): Standing =>
  axes ? projectionOf(axes, mattering(reading, axes)) : eachAlone(size);

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
  const { stand, stands } = standingFor(reading, settings.length, axes);
  for (const s of stands) out[s] = outcomeUnder(reading, settings[s]!);
  for (let i = 0; i < settings.length; i++) out[i] = out[stand[i]!]!;
}

/** A test of one reading's outcome under a setting (`at`: the reading's place in the list tallied). */
export type OutcomeTest = (reading: QuestionReading, outcome: Outcome, at: number) => boolean;

/**
 * Per setting, how many of the readings pass each test. Each reading is decided only under the
 * settings that stand for others; the counts of readings sharing the axes that matter are gathered
 * under those settings and spread to the settings they stand for once, at the end.
 */
export function tally(
  readings: readonly QuestionReading[],
  settings: readonly DecisionTuning[],
  axes: GridAxes | undefined,
  tests: readonly OutcomeTest[],
): Int32Array[] {
  const groups = new Map<Standing, Int32Array[]>();
  readings.forEach((reading, at) => {
    const standing = standingFor(reading, settings.length, axes);
    let gathered = groups.get(standing);
    if (!gathered) groups.set(standing, (gathered = tests.map(() => new Int32Array(settings.length))));
    for (const s of standing.stands) {
      const outcome = outcomeUnder(reading, settings[s]!);
      tests.forEach((test, t) => {
        if (test(reading, outcome, at)) gathered[t]![s]!++;
      });
    }
  });
  const counts = tests.map(() => new Int32Array(settings.length));
  for (const [{ stand }, gathered] of groups)
    counts.forEach((count, t) => {
      const from = gathered[t]!;
      for (let i = 0; i < count.length; i++) count[i]! += from[stand[i]!]!;
    });
  return counts;
}
