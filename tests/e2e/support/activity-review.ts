/**
 * Reads the review report as an operator would (`npm run --silent review -- --json`, or the same CLI
 * through tsx) and checks it against what `playMix` did: every question and vote counted exactly,
 * each missing topic's wordings in one group of its own, the close one pointed at its passage.
 */
import { PermissionFlagsBits } from 'discord-api-types/v10';
import { expect } from 'vitest';
import type { StoreConfig } from '../../../src/config/parse-config.js';
import type { FakeDiscord, RecordedRestCall } from '../../support/fake-discord/index.js';
import { ReviewJsonSchema } from '../../review/review-json-schema.js';
import {
  answerTo,
  CLOSEST_PASSAGE,
  DISLIKED,
  FEEDBACK,
  LONE_DECLINED,
  MISSING_TOPICS,
  type MissingTopic,
  type PlayedQuestion,
} from './activity-mix.js';
import { CONTENT_DIR } from './bot-env.js';
import { spawnEntryPoint, spawnNpm } from './child-bot.js';
import { callbackMessage, callbackOf, CALLBACK, isEphemeral, messageBody, ROUTES } from './payloads.js';

export type ReviewReport = ReturnType<typeof ReviewJsonSchema.parse>;

/** The environment that points the bot and the review at a store (DATABASE_URL wins over DATA_DIR). */
export function storeEnv(config: StoreConfig): Record<string, string> {
  return { DATA_DIR: config.dataDir, ...(config.databaseUrl ? { DATABASE_URL: config.databaseUrl } : {}) };
}

/**
 * Runs the review with `--json` (and `extra` arguments) in the repository root, with only the store
 * and content in its environment: as `npm run --silent review -- --json` when `npm` is set, else the
 * same entry point compiled (spawnEntryPoint: no npm or tsx start-up). Fails unless it exits 0 with
 * nothing on stderr.
 */
export async function readReview(
  store: Record<string, string>,
  options: { npm?: boolean; args?: readonly string[] } = {},
): Promise<ReviewReport> {
  const env = { ...store, CONTENT_DIR };
  const args = ['--json', ...(options.args ?? [])];
  const review = options.npm
    ? spawnNpm(['run', '--silent', 'review', '--', ...args], env)
    : spawnEntryPoint('src/cli/review.ts', env, args);
  const exit = await review.exitWithin(60_000);
  expect(review.stderr).toBe('');
  expect(exit).toEqual({ code: 0, signal: null });
  return ReviewJsonSchema.parse(JSON.parse(review.stdout));
}

/** Answered and declined counts of what was played (in one guild, or everywhere). */
export function countPlayed(played: readonly PlayedQuestion[], guildId?: string) {
  const here = played.filter((p) => guildId === undefined || p.guildId === guildId);
  const answered = here.filter((p) => p.answered).length;
  return { questions: here.length, answered, declined: here.length - answered };
}

/** The counts of a report, per_day summed too. */
function countsOf(report: ReviewReport) {
  const sum = (key: 'answered' | 'declined') => report.per_day.reduce((total, d) => total + d[key], 0);
  return {
    questions: report.questions,
    answered: report.answered,
    declined: report.declined,
    perDay: { answered: sum('answered'), declined: sum('declined') },
  };
}

/** The report counts exactly these questions (per_day included). */
export function expectCounts(report: ReviewReport, expected: ReturnType<typeof countPlayed>): void {
  expect(countsOf(report)).toEqual({
    ...expected,
    perDay: { answered: expected.answered, declined: expected.declined },
  });
}

/** The whole report of a played mix, over every guild and DMs. */
export function expectReviewOfMix(report: ReviewReport, played: readonly PlayedQuestion[]): void {
  expect(report.days).toBe(30);
  expectCounts(report, countPlayed(played));
  expect(report.feedback).toEqual(FEEDBACK);

  // Each missing topic: one group holding all its wordings (the repeated one counted twice), and
  // no group mixing topics. The review lists up to three examples; each topic has three wordings.
  const topics = Object.keys(MISSING_TOPICS) as MissingTopic[];
  const topicOf = (example: string) =>
    topics.find((t) => (MISSING_TOPICS[t] as readonly string[]).includes(example));
  for (const topic of topics) {
    const groups = report.declined_groups.filter((g) => g.examples.some((e) => topicOf(e) === topic));
    expect(groups, `groups holding ${topic}`).toHaveLength(1);
    const [group] = groups;
    expect([...(group?.examples ?? [])].sort(), topic).toEqual([...MISSING_TOPICS[topic]].sort());
    const asked = played.filter((p) => topicOf(p.planned.text) === topic).length;
    expect(group?.count, `${topic} asked`).toBe(asked);
    expect(group?.closest?.passage_id ?? null, `${topic}'s closest passage`).toBe(CLOSEST_PASSAGE[topic]);
  }
  const lone = report.declined_groups.filter((g) => g.examples.includes(LONE_DECLINED));
  expect(lone).toEqual([{ count: 1, examples: [LONE_DECLINED], closest: null }]);
  expect(report.declined_groups).toHaveLength(topics.length + 1);

  expect(report.most_disliked).toEqual(
    DISLIKED.map(({ on, up, down }) => {
      const entry = answerTo(played, on).entry;
      return { entry_id: entry?.id, question: entry?.question, up, down };
    }),
  );
}

const MANAGE_GUILD = String(PermissionFlagsBits.ManageGuild | PermissionFlagsBits.ViewChannel);

/**
 * `/stats` by a manager in `channelId`'s guild: deferred privately, then the report as an embed with
 * the questions-per-day chart attached as a PNG.
 */
export async function expectPrivateStats(
  fake: FakeDiscord,
  interact: (payload: Parameters<FakeDiscord['interact']>[0]) => Promise<RecordedRestCall>,
  channelId: string,
): Promise<void> {
  const payload = fake.build.chatInput({ name: 'stats', memberPermissions: MANAGE_GUILD, channelId });
  const first = await interact(payload);
  expect(callbackOf(first).type).toBe(CALLBACK.deferredMessage);
  expect(isEphemeral(callbackMessage(first))).toBe(true);
  const edit = await fake.waitForInteractionCall(payload, ROUTES.editOriginal, { timeoutMs: 15_000 });
  expect(edit.response?.status).toBeLessThan(400);
  expect(edit.files).toHaveLength(1);
  expect(edit.files[0]).toMatchObject({ filename: 'activity.png', contentType: 'image/png' });
  expect(messageBody(edit).embeds?.[0]?.image?.url).toBe('attachment://activity.png');
}
