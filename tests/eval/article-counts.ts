// One SQuAD article's counts under the decision settings cross-validate.ts tries: `countsOf` replays
// one setting question by question (the plain way, kept as the reference), `countsOverGrid` every
// setting of the grid at once (replay-grid.ts), to the same counts.
import type { DecisionTuning } from '../../src/engine/ranking/decide.js';
import type { GridAxes } from './grid-axes.js';
import { rankedFirst, replay, type QuestionReading } from './question-readings.js';
import { firstOf, replayed, tally } from './replay-grid.js';

/** One article's counts under one setting. */
export interface Counts {
  n: number;
  rightAnswered: number;
  rightFirst: number;
  answerableDeclined: number;
  others: number;
  othersDeclined: number;
  offTopic: number;
  offTopicDeclined: number;
  bm25First: number;
}

/** One article's questions read under one relevance setting. */
export interface ArticleReadings {
  inScope: { reading: QuestionReading; expect: readonly string[] }[];
  others: QuestionReading[];
  /** The off-topic questions: the choosing half first, then the held-out half. */
  offTopic: QuestionReading[];
  bm25First: number;
}

/** The counts of one setting, each question replayed on its own. */
export function countsOf(a: ArticleReadings, decision: DecisionTuning): Counts {
  const answeredRight = a.inScope.filter(({ reading, expect }) =>
    expect.includes(replay(reading, decision) ?? '#'),
  );
  return {
    n: a.inScope.length,
    rightAnswered: answeredRight.length,
    rightFirst: a.inScope.filter(({ reading, expect }) =>
      expect.includes(rankedFirst(reading, decision) ?? '#'),
    ).length,
    answerableDeclined: a.inScope.filter(({ reading }) => replay(reading, decision) === undefined).length,
    others: a.others.length,
    othersDeclined: a.others.filter((r) => replay(r, decision) === undefined).length,
    offTopic: a.offTopic.length,
    offTopicDeclined: a.offTopic.filter((r) => replay(r, decision) === undefined).length,
    bm25First: a.bm25First,
  };
}

/** Only the choosing half of the off-topic questions, or only the held-out half. */
export function halfOf(a: ArticleReadings, choosing: number, half: 'choosing' | 'held'): ArticleReadings {
  return {
    ...a,
    offTopic: half === 'choosing' ? a.offTopic.slice(0, choosing) : a.offTopic.slice(choosing),
  };
}

const declined = (r: QuestionReading, o: number): boolean => replayed(r, o) === undefined;

/**
 * Every setting's counts on one article, with the choosing half of the off-topic questions and with
 * the held-out half (`choosing`: how many the first half holds): countsOf(halfOf(a, …), setting).
 */
export function countsOverGrid(
  a: ArticleReadings,
  choosing: number,
  settings: readonly DecisionTuning[],
  axes: GridAxes | undefined,
): { choosing: Counts[]; held: Counts[] } {
  const expectOf = (at: number): readonly string[] => a.inScope[at]!.expect;
  const [rightAnswered, rightFirst, answerableDeclined] = tally(
    a.inScope.map((q) => q.reading),
    settings,
    axes,
    [
      (r, o, at) => expectOf(at).includes(replayed(r, o) ?? '#'),
      (r, o, at) => expectOf(at).includes(firstOf(r, o) ?? '#'),
      declined,
    ],
  );
  const [othersDeclined] = tally(a.others, settings, axes, [declined]);
  const halves = [a.offTopic.slice(0, choosing), a.offTopic.slice(choosing)];
  const [offChoosing, offHeld] = halves.map((half) => tally(half, settings, axes, [declined])[0]!);
  const countsWith = (offTopic: number, offDeclined: Int32Array) =>
    settings.map((_, i): Counts => ({
      n: a.inScope.length,
      rightAnswered: rightAnswered![i]!,
      rightFirst: rightFirst![i]!,
      answerableDeclined: answerableDeclined![i]!,
      others: a.others.length,
      othersDeclined: othersDeclined![i]!,
      offTopic,
      offTopicDeclined: offDeclined[i]!,
      bm25First: a.bm25First,
    }));
  return {
    choosing: countsWith(halves[0]!.length, offChoosing!),
    held: countsWith(halves[1]!.length, offHeld!),
  };
}
