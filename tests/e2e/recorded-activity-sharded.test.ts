/**
 * The sharding manager with SHARD_COUNT=2: two shard processes write one store at once (one SQLite
 * file, or one PostgreSQL database), each answering the guilds Discord routes to it, and the manager
 * exits only once both have stopped and flushed: the review run right after counts everything, in
 * total and per guild. Each shard serves GET /metrics on METRICS_PORT + its shard id, counting exactly
 * its own guilds' questions. On SQLite it runs as `npm run start:sharded` and is stopped as a terminal
 * or a supervisor stops it (second-stop-signal.test.ts has the single processes): with a question in
 * flight, SIGTERM to npm, the manager and both shards twice, 2 ms apart, and once more once shutdown
 * has begun; the repeats are ignored, the in-flight question is stored too, and npm exits 0. On
 * PostgreSQL it runs as `node dist/app/sharded.js` (what the npm script runs after its build) and
 * SIGTERM goes to the manager alone, which stops its shards.
 */
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startFakeDiscord, type FakeDiscord } from '../support/fake-discord/index.js';
import { shardOf } from '../support/fake-discord/sharding.js';
import { DIALECTS, useStoreTarget } from '../store/support/store-target.js';
import { playMix, VOTES, type PlayedQuestion } from './support/activity-mix.js';
import {
  countPlayed,
  expectCounts,
  expectReviewOfMix,
  readReview,
  storeEnv,
} from './support/activity-review.js';
import { botEnv, FAKE_TOKEN } from './support/bot-env.js';
import {
  askSlowly,
  expectIgnored,
  signalAll,
  signalTwice,
  storedQuestions,
} from './support/ask-and-count.js';
import {
  isRunning,
  killLogged,
  loggedPids,
  spawnEntryPoint,
  spawnNpm,
  type ChildBot,
} from './support/child-bot.js';
import { buttonsOf, callbackMessage } from './support/payloads.js';
import { freePort } from '../support/free-port.js';
import { movedBy, scrape, seriesOf } from '../support/prometheus-text.js';
import { questionCountsOf } from './support/mix-metrics.js';

const SHARDS = 2;
// Asked on the first guild's channel, where the mix asked nothing like it (no repeat to link), and
// answered: the mix's review then gains one answered question and no declined group.
const IN_FLIGHT = 'What is a hyperscaler?';

let fake: FakeDiscord | undefined;
let managerBot: ChildBot | undefined;
let shardPids: number[] = [];

afterEach(async () => {
  // npm's or the manager's SIGKILL would orphan the processes below it: end them by their own pids.
  if (managerBot !== undefined) killLogged(managerBot, ['sharding', 'shard', 'ready']);
  for (const pid of shardPids) if (isRunning(pid)) process.kill(pid, 'SIGKILL');
  await managerBot?.kill();
  await fake?.close();
  managerBot = undefined;
  fake = undefined;
  shardPids = [];
});

/**
 * A fake Discord with one guild on each of two shards, and the sharding manager logging in to it: as
 * `node dist/app/sharded.js`, or through `npm run start:sharded` (an npm and a build check more, about
 * 1.5 s of CPU).
 */
async function startSharded(store: Record<string, string>, viaNpm = false) {
  const discord = (fake = await startFakeDiscord({
    token: FAKE_TOKEN,
    shardCount: SHARDS,
    guildCount: SHARDS,
  }));
  const guilds = discord.world.guilds.map((g) => g.guild.id);
  expect(guilds.map((id) => shardOf(id, SHARDS)).sort()).toEqual([0, 1]);
  // Shard N serves its metrics on METRICS_PORT + N.
  const metricsPort = await freePort();
  const env = botEnv(discord, {
    LOG_LEVEL: 'info',
    COOLDOWN_QUESTIONS: '100',
    SHARD_COUNT: String(SHARDS),
    METRICS_PORT: String(metricsPort),
    ...store,
  });
  const manager = (managerBot = viaNpm
    ? spawnNpm(['run', 'start:sharded'], env)
    : spawnEntryPoint('src/app/sharded.ts', env));
  const metricsOf = (shard: number) => `http://127.0.0.1:${metricsPort + shard}/metrics`;
  return { discord, guilds, manager, metricsOf };
}

/** The processes a process has started (Linux's /proc). */
function childrenOf(pid: number): number[] {
  return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8')
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .map(Number);
}

describe.each(DIALECTS)('start:sharded, two shards writing one %s store', (dialect) => {
  const target = useStoreTarget(dialect);

  const viaNpm = dialect === 'sqlite';

  it(
    viaNpm
      ? 'after SIGTERM twice to npm, the manager and both shards, the review counts every question (one in flight) and vote of both shards'
      : 'after a SIGTERM to the manager, the review counts every question and vote of both shards',
    { timeout: 120_000 },
    async () => {
      const config = await target.fresh();
      const store = storeEnv(config);
      const { discord, guilds, manager, metricsOf } = await startSharded(store, viaNpm);
      // npm builds first, then the manager spawns the shards 5.5 s apart (discord.js's default).
      await manager.waitForLog({ event: 'sharding' }, 90_000);
      await vi.waitFor(() => expect(loggedPids(manager, 'ready')).toHaveLength(SHARDS), { timeout: 20_000 });
      shardPids = loggedPids(manager, 'ready');
      const sessions = discord.lifecycle().filter((e) => e.type === 'ready');
      expect(sessions.map((e) => e.shard).sort()).toEqual([
        [0, SHARDS],
        [1, SHARDS],
      ]);

      const before = await Promise.all([0, 1].map((shard) => scrape(metricsOf(shard))));
      const played = await playMix(discord, {
        interact: (payload) => discord.interact(payload),
        channels: discord.world.guilds.map((g) => g.textChannel.id),
      });
      // Each shard's port counts exactly its own guilds' questions (DMs come to shard 0).
      await vi.waitFor(async () => {
        for (const shard of [0, 1]) {
          const after = await scrape(metricsOf(shard));
          const onShard = (p: (typeof played)[number]) =>
            p.guildId === null ? 0 : shardOf(p.guildId, SHARDS);
          expect(movedBy(before[shard] ?? [], after, 'qa_bot_questions_total'), `shard ${shard}`).toEqual(
            questionCountsOf(played, (p) => onShard(p) === shard),
          );
        }
      });
      // Every press counts (the store keeps each voter's latest; the metric counts presses).
      const votes = await Promise.all(
        [0, 1].map(async (shard) => seriesOf(await scrape(metricsOf(shard)), 'qa_bot_feedback_votes_total')),
      );
      for (const vote of ['up', 'down'] as const)
        expect(votes.reduce((sum, series) => sum + (series.get(`vote=${vote}`) ?? 0), 0)).toBe(
          VOTES.filter((press) => press.vote === vote).length,
        );

      const all: PlayedQuestion[] = [...played];
      if (viaNpm) {
        const channel = discord.world.guilds[0]?.textChannel.id ?? '';
        const inFlight = await askSlowly(discord, IN_FLIGHT, channel, 3_000);
        const managerPids = loggedPids(manager, 'sharding');
        expect(managerPids).toHaveLength(1);
        const everyone = [manager.child.pid ?? 0, ...managerPids, ...shardPids];
        await signalTwice(everyone, 'SIGTERM');
        await vi.waitFor(
          () => expect(loggedPids(manager, 'shutdown')).toEqual(expect.arrayContaining(shardPids)),
          { timeout: 10_000 },
        );
        signalAll(everyone, 'SIGTERM');
        expect(await manager.exitWithin(20_000)).toEqual({ code: 0, signal: null });
        // The reply Discord held, as the shard sent it before the signals (answered or declined).
        const [callback] = discord.interactionCalls(inFlight);
        if (callback === undefined) throw new Error('the in-flight reply was never sent');
        const body = callbackMessage(callback);
        const answered = buttonsOf(body).some((b) => b.custom_id?.startsWith('fb:'));
        // Answered, as the mix's review expects of a question that is no missing topic.
        expect(answered, `"${IN_FLIGHT}" answered`).toBe(true);
        const guildId = discord.world.guildIdOf(channel) ?? null;
        const planned = { text: IN_FLIGHT, way: 'ask' as const, answered };
        all.push({ planned, guildId, channelId: channel, answered, entry: null, body, message: undefined });
        expect(await storedQuestions(config)).toContain(IN_FLIGHT);
        expectIgnored(manager.logs(), 'SIGTERM');
      } else {
        manager.child.kill('SIGTERM');
        expect(await manager.exitWithin(20_000)).toEqual({ code: 0, signal: null });
      }
      // The manager waited for its shards: both are gone, each having flushed its store.
      expect(shardPids.filter(isRunning)).toEqual([]);
      const flushed = manager.logs().filter((r) => r.msg === 'Storage flushed and closed');
      expect(flushed.map((r) => [Number(r['pid']), r['dropped']]).sort()).toEqual(
        shardPids.map((pid) => [pid, 0]).sort(),
      );

      const onShard1 = guilds.find((id) => shardOf(id, SHARDS) === 1) ?? '';
      const [report, shard1] = await Promise.all([
        readReview(store),
        readReview(store, { args: ['--guild', onShard1] }),
      ]);
      expectReviewOfMix(report, all);
      // Shard 1's guild on its own: it did write, and only its questions.
      expect(countPlayed(all, onShard1).questions).toBeGreaterThan(5);
      expectCounts(shard1, countPlayed(all, onShard1));
    },
  );
});

describe('start:sharded, stopped while spawning its shards', () => {
  const target = useStoreTarget('sqlite');

  it(
    "a SIGTERM while the second shard starts stops both, waits for them and exits 0; the first one's questions are kept",
    { timeout: 120_000 },
    async () => {
      const store = storeEnv(await target.fresh());
      const { discord, manager } = await startSharded(store);
      await manager.waitForLog({ event: 'ready' }, 90_000);
      const onShard0 = discord.world.guilds.find((g) => shardOf(g.guild.id, SHARDS) === 0);
      for (const question of ['What is a GPU?', 'How do I knit a scarf?'])
        await discord.interact(
          discord.build.chatInput({
            name: 'ask',
            options: { question },
            channelId: onShard0?.textChannel.id,
          }),
        );
      // discord.js spawns the next shard 5.5 s after the first is ready; stop the manager as it does.
      const spawned = await manager.waitForLog({ event: 'shard', shardId: 1 }, 15_000);
      // The line is written as the shard is created; its process is forked right after.
      await vi.waitFor(() => expect(childrenOf(Number(spawned['pid']))).toHaveLength(SHARDS));
      shardPids = childrenOf(Number(spawned['pid']));

      manager.child.kill('SIGTERM');
      expect(await manager.exitWithin(20_000)).toEqual({ code: 0, signal: null });
      expect(shardPids.filter(isRunning)).toEqual([]);
      expect(manager.logs().filter((r) => r.level >= 50)).toEqual([]);

      const report = await readReview(store);
      expectCounts(report, { questions: 2, answered: 1, declined: 1 });
    },
  );
});
