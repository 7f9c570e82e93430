import { describe, expect, it } from 'vitest';
import type { DecisionTuning } from '../../src/engine/ranking/decide.js';
import { TUNING } from '../../src/engine/tuning.js';
import { countsOf, countsOverGrid, halfOf, type ArticleReadings } from './article-counts.js';
import { DECISION_GRID } from './cross-validate.js';
import { docsSites } from './docs-sets.js';
import { knowledgeOf, readOffTopic, readSet, squadSpec } from './evaluate.js';
import { axesOf, projectionOf } from './grid-axes.js';
import {
  rankedFirst,
  readQuestion,
  replay,
  resolvingOnce,
  type QuestionReading,
} from './question-readings.js';
import { firstOf, replayed, replayGrid } from './replay-grid.js';
import { teamOutcomesOverGrid } from './team-outcomes.js';
import { readTeamSets, TEAM_SETS, teamOutcome, type TeamSetReadings } from './team-sets.js';

// cross-validate.ts replays the decision for every setting of its grid at once (replay-grid.ts),
// deciding a question once per combination of the values that can change its outcome: the counts
// must be those of replaying each setting one by one, on real readings.
const settings: DecisionTuning[] = DECISION_GRID.map((part) => ({ ...TUNING.decision, ...part }));
const axes = axesOf(DECISION_GRID);
const shipped = settings.findIndex((s) =>
  Object.entries(s).every(([k, v]) => TUNING.decision[k as keyof DecisionTuning] === v),
);
// Every 97th setting (97 is prime to every axis's stride: each axis takes each of its values), and the shipped one.
const sampled = settings.flatMap((_, i) => (i % 97 === 0 || i === shipped ? [i] : []));

interface Read {
  readonly article: ArticleReadings;
  readonly choosing: number;
  readonly team: TeamSetReadings[];
}
let read: Promise<Read> | undefined;
/**
 * Real readings, kept few for time: a SQuAD article (its questions, a third of the other articles',
 * the off-topic ones), and of the team's sets two of the article's (curated entries) and a
 * documentation site's pages (headings; the site's pooled gate), asked a fifth of the off-topic questions.
 */
function readings(): Promise<Read> {
  read ??= (async () => {
    const offTopic = await readOffTopic();
    const set = await readSet(squadSpec('normans'));
    const ikb = await knowledgeOf(set.content);
    const article: ArticleReadings = {
      inScope: set.inScope.map(({ q, expect }) => ({ reading: readQuestion(ikb, q), expect })),
      others: set.outOfScope.filter((_, i) => i % 3 === 0).map((q) => readQuestion(ikb, q)),
      offTopic: [...offTopic.choosing, ...offTopic.held].map((q) => readQuestion(ikb, q)),
      bm25First: 0,
    };
    const site = docsSites().find((s) => s.site === 'kysely-docs')!;
    const specs = TEAM_SETS.filter(
      (s) => /^tests\/eval\/article(-third)?\.json$/u.test(s.path) || site.pages.includes(s.path),
    );
    const fifth = (qs: readonly string[]): string[] => qs.filter((_, i) => i % 5 === 0);
    const team = await readTeamSets(
      TUNING.relevance,
      { choosing: fifth(offTopic.choosing), held: fifth(offTopic.held) },
      specs,
    );
    return { article, choosing: offTopic.choosing.length, team };
  })();
  return read;
}

describe('the decision replayed over the whole grid at once', () => {
  it('reads the grid as a product of its axes, each setting standing for itself when every axis matters', () => {
    expect(axes?.axes.map((a) => a.key).sort()).toEqual(Object.keys(DECISION_GRID[0]!).sort());
    const all = axes && projectionOf(axes, (1 << axes.axes.length) - 1);
    expect(all && [...all.stand]).toEqual(settings.map((_, i) => i));
    expect(all?.stands).toHaveLength(settings.length);
    expect(axes && projectionOf(axes, 0).stands).toEqual([0]);
    // Not a product: no axes, every setting is decided on its own.
    expect(
      axesOf([
        { threshold: 0.5, tieMargin: 0 },
        { threshold: 0.6, tieMargin: 0.1 },
      ]),
    ).toBeUndefined();
    expect(axesOf([{ threshold: 0.5 }, { threshold: 0.6 }])?.axes).toHaveLength(1);
  });

  it("gives a SQuAD article's counts, both off-topic halves, as replaying each setting", async () => {
    const { article, choosing } = await readings();
    const fast = countsOverGrid(article, choosing, settings, axes);
    for (const i of sampled) {
      expect(fast.choosing[i]).toEqual(countsOf(halfOf(article, choosing, 'choosing'), settings[i]!));
      expect(fast.held[i]).toEqual(countsOf(halfOf(article, choosing, 'held'), settings[i]!));
    }
    // The sampled settings alone are no product: each is decided on its own, to the same counts.
    expect(axesOf(sampled.map((i) => DECISION_GRID[i]!))).toBeUndefined();
    const alone = countsOverGrid(
      article,
      choosing,
      sampled.map((i) => settings[i]!),
      undefined,
    );
    expect(alone.choosing).toEqual(sampled.map((i) => fast.choosing[i]));
    expect(alone.held).toEqual(sampled.map((i) => fast.held[i]));
  }, 120_000);

  it("gives the team's sets the outcome of replaying each setting", async () => {
    const { team } = await readings();
    const fast = teamOutcomesOverGrid(team, settings, axes);
    for (const i of sampled) expect(fast[i]).toEqual(teamOutcome(team, settings[i]!));
    // The sample tells the settings apart: some hold the sets, some do not.
    expect(new Set(sampled.map((i) => fast[i]!.failed.length)).size).toBeGreaterThan(1);
  }, 120_000);

  it('gives each question, under a sample of settings and their neighbours on each axis, the answer and first passage of replaying that setting', async () => {
    const { article, team } = await readings();
    // The article's questions, a quarter of the others' read, and every question of the team's sets
    // (the known share changes the outcome of one of the article's third set's).
    const questions: QuestionReading[] = [
      ...article.inScope.map((q) => q.reading),
      ...article.others.filter((_, i) => i % 4 === 0),
      ...team.flatMap((s) => [...s.inScope.map((q) => q.reading), ...s.outOfScope]),
    ];
    // Every 389th setting (389 is prime to every axis's stride) and, for each axis, the setting one value
    // before it on that axis: replaying all of the grid's settings one by one takes minutes.
    const probes = settings.flatMap((_, i) => (i % 389 === 0 ? [i] : []));
    const outcomes = new Uint8Array(settings.length);
    // Each axis changes some question's outcome here (else a wrong shortcut on it could pass unseen).
    const changed = new Set<string>();
    for (const reading of questions) {
      replayGrid(reading, settings, axes, outcomes);
      const fast = (i: number): string =>
        `${replayed(reading, outcomes[i]!)}|${firstOf(reading, outcomes[i]!)}`;
      const plain = (i: number): string =>
        `${replay(reading, settings[i]!)}|${rankedFirst(reading, settings[i]!)}`;
      for (const i of probes) {
        const here = plain(i);
        expect(fast(i)).toEqual(here);
        for (const axis of axes?.axes ?? []) {
          if (Math.floor(i / axis.stride) % axis.values.length === 0) continue;
          const before = i - axis.stride;
          const there = plain(before);
          expect(fast(before)).toEqual(there);
          if (here !== there) changed.add(axis.key);
        }
      }
    }
    expect([...changed].sort()).toEqual(Object.keys(DECISION_GRID[0]!).sort());
  }, 120_000);

  it('reads a question resolved once as one resolved anew, under a second relevance setting too', async () => {
    const set = await readSet(squadSpec('normans'));
    const ikb = await knowledgeOf(set.content);
    const questions = [...set.inScope.map((q) => q.q), ...set.outOfScope.filter((_, i) => i % 50 === 0)];
    const resolve = resolvingOnce();
    const other = { ...TUNING.relevance, paragraphShare: 0.5 };
    for (const q of questions) {
      expect(readQuestion(ikb, q, TUNING.relevance, resolve)).toEqual(readQuestion(ikb, q));
      expect(readQuestion(ikb, q, other, resolve)).toEqual(readQuestion(ikb, q, other));
    }
  }, 120_000);
});
