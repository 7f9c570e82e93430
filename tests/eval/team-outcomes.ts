// What every decision setting of the grid makes of the team's gated sets at once (replay-grid.ts):
// team-sets.ts's teamOutcome for each setting, to the same outcome.
import type { DecisionTuning } from '../../src/engine/ranking/decide.js';
import { docsSites } from './docs-sets.js';
import type { GridAxes } from './grid-axes.js';
import type { QuestionReading } from './question-readings.js';
import { replayed, shownRight, tally } from './replay-grid.js';
import { judge, type SetCounts, type TeamOutcome, type TeamSetReadings } from './team-sets.js';

const declined = (r: QuestionReading, o: number): boolean => replayed(r, o) === undefined;

/** A set's counts per setting (each an array over the grid's settings). */
type SetTallies = { readonly [K in keyof SetCounts]: Int32Array };

/** The counts of sets already replayed over one grid, and of their off-topic readings (shared by a content's sets). */
export interface TeamTallies {
  readonly sets: WeakMap<TeamSetReadings, SetTallies>;
  readonly declined: WeakMap<readonly QuestionReading[], { choosing: number; counts: Int32Array[] }>;
}
export const newTeamTallies = (): TeamTallies => ({ sets: new WeakMap(), declined: new WeakMap() });

/**
 * Each setting's outcome on the team's sets. `tallied`: the counts of the sets already replayed over
 * this grid (a set's readings reused by another relevance setting are replayed once); it gains these.
 */
export function teamOutcomesOverGrid(
  sets: readonly TeamSetReadings[],
  settings: readonly DecisionTuning[],
  axes: GridAxes | undefined,
  tallied: TeamTallies = newTeamTallies(),
): TeamOutcome[] {
  // Per setting, how many are declined, all of them and of the first `choosing`.
  const declinedOf = (readings: readonly QuestionReading[], choosing: number): Int32Array[] => {
    const known = tallied.declined.get(readings);
    if (known?.choosing === choosing) return known.counts;
    const counts = tally(readings, settings, axes, [declined, (r, o, at) => at < choosing && declined(r, o)]);
    tallied.declined.set(readings, { choosing, counts });
    return counts;
  };
  const perSet = sets.map((set): SetTallies => {
    const known = tallied.sets.get(set);
    if (known) return known;
    const [right] = tally(
      set.inScope.map((q) => q.reading),
      settings,
      axes,
      [(r, o, at) => shownRight(r, o, set.inScope[at]!.expect)],
    );
    const [offDeclined, offChoosingDeclined] = declinedOf(set.offTopic, set.choosing);
    const counts = {
      right: right!,
      outDeclined: declinedOf(set.outOfScope, 0)[0]!,
      offDeclined: offDeclined!,
      offChoosingDeclined: offChoosingDeclined!,
    };
    tallied.sets.set(set, counts);
    return counts;
  });
  const sites = docsSites();
  return settings.map((_, i) =>
    judge(
      sets,
      perSet.map((t) => ({
        right: t.right[i]!,
        outDeclined: t.outDeclined[i]!,
        offDeclined: t.offDeclined[i]!,
        offChoosingDeclined: t.offChoosingDeclined[i]!,
      })),
      sites,
    ),
  );
}
