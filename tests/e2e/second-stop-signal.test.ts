/**
 * A second stop signal while the bot shuts down changes nothing: Ctrl-C at a terminal and a
 * supervisor's control-group stop signal every process, and npm forwards its own copy, so the bot
 * often gets two. Ten questions answered and one still being answered, then the signal twice 2 ms
 * apart, and once more once shutdown has begun (two signals sent that close can reach the process as
 * one): all eleven are stored and the bot exits 0. The same for the sharded manager and its shards,
 * every process signalled, and for the HTTP endpoint.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PermissionFlagsBits } from 'discord-api-types/v10';
import { startFakeDiscord, type FakeDiscord } from '../support/fake-discord/index.js';
import type { EndpointClient } from '../support/interactions-http/client.js';
import { useStoreTarget } from '../store/support/store-target.js';
import { storeEnv } from './support/activity-review.js';
import {
  askAll,
  askSlowly,
  numberedQuestions,
  signalAll,
  signalTwice,
  storedQuestions,
} from './support/ask-and-count.js';
import { botEnv, FAKE_TOKEN } from './support/bot-env.js';
import {
  isRunning,
  killLogged,
  loggedPids,
  spawnEntryPoint,
  spawnNpm,
  type ChildBot,
} from './support/child-bot.js';
import { deliver, endpointSetup } from './support/http-endpoint.js';
import type { LogRecord } from './support/log-capture.js';
import { ROUTES } from './support/payloads.js';

const IN_FLIGHT = 'What is a hyperscaler? (in flight)';
const MANAGE_GUILD = String(PermissionFlagsBits.ManageGuild);

let fake: FakeDiscord | undefined;
let bot: ChildBot | undefined;
let client: EndpointClient | undefined;
afterEach(async () => {
  client?.close();
  // npm's SIGKILL would orphan the manager and its shards: end them by their own pids.
  if (bot !== undefined) killLogged(bot, ['sharding', 'ready']);
  await bot?.kill();
  await fake?.close();
  bot = undefined;
  fake = undefined;
  client = undefined;
});

/** The "ignored" lines of repeated signals: at least one, each naming the signal. */
function expectIgnored(logs: LogRecord[], signal: string): void {
  const ignored = logs.filter((r) => r['event'] === 'shutdown' && r['signal'] === signal);
  expect(ignored.length).toBeGreaterThanOrEqual(1);
  for (const line of ignored)
    expect(line.msg).toBe(`${signal} while shutting down: ignored; the store is written before exit`);
}

describe.each(['SIGTERM', 'SIGINT'] as const)('%s twice, 2 ms apart, to the bot', (signal) => {
  const target = useStoreTarget('sqlite');

  it(
    'stores all the questions answered and in flight, logs the repeat, and exits 0',
    { timeout: 120_000 },
    async () => {
      const config = await target.fresh();
      const discord = (fake = await startFakeDiscord({ token: FAKE_TOKEN }));
      const child = (bot = spawnEntryPoint(
        'src/app/main.ts',
        botEnv(discord, { LOG_LEVEL: 'info', COOLDOWN_QUESTIONS: '100', ...storeEnv(config) }),
      ));
      await child.waitForLog({ event: 'ready' }, 60_000);
      const channel = discord.world.guild.textChannel.id;
      const questions = numberedQuestions(10);
      await askAll(discord, questions, [channel]);
      await askSlowly(discord, IN_FLIGHT, channel, 3_000);

      const pid = child.child.pid ?? 0;
      await signalTwice([pid], signal);
      await child.waitForLog({ event: 'shutdown' });
      signalAll([pid], signal);
      expect(await child.exitWithin(10_000)).toEqual({ code: 0, signal: null });
      expect(await storedQuestions(config)).toEqual([...questions, IN_FLIGHT].sort());
      expect(child.logs().find((r) => r.msg === 'Storage flushed and closed')).toMatchObject({ dropped: 0 });
      expectIgnored(child.logs(), signal);
    },
  );
});

describe('SIGTERM twice to npm, the sharding manager and both shards', () => {
  const target = useStoreTarget('sqlite');

  it(
    'the manager waits for both shards, which store every question, and exits 0',
    { timeout: 120_000 },
    async () => {
      const config = await target.fresh();
      const discord = (fake = await startFakeDiscord({ token: FAKE_TOKEN, shardCount: 2, guildCount: 2 }));
      const manager = (bot = spawnNpm(
        ['run', 'start:sharded'],
        botEnv(discord, {
          LOG_LEVEL: 'info',
          COOLDOWN_QUESTIONS: '100',
          SHARD_COUNT: '2',
          ...storeEnv(config),
        }),
      ));
      // npm builds first, then the manager spawns the shards 5.5 s apart (discord.js's default).
      await manager.waitForLog({ event: 'sharding' }, 90_000);
      await vi.waitFor(() => expect(loggedPids(manager, 'ready')).toHaveLength(2), { timeout: 20_000 });
      const shardPids = loggedPids(manager, 'ready');
      const managerPids = loggedPids(manager, 'sharding');
      expect(managerPids).toHaveLength(1);
      const channels = discord.world.guilds.map((g) => g.textChannel.id);
      const questions = numberedQuestions(10);
      await askAll(discord, questions, channels);
      await askSlowly(discord, IN_FLIGHT, channels[0] ?? '', 3_000);

      const everyone = [manager.child.pid ?? 0, ...managerPids, ...shardPids];
      await signalTwice(everyone, 'SIGTERM');
      await vi.waitFor(
        () => expect(loggedPids(manager, 'shutdown')).toEqual(expect.arrayContaining(shardPids)),
        { timeout: 10_000 },
      );
      signalAll(everyone, 'SIGTERM');
      expect(await manager.exitWithin(20_000)).toEqual({ code: 0, signal: null });
      expect(shardPids.filter(isRunning)).toEqual([]);
      expect(await storedQuestions(config)).toEqual([...questions, IN_FLIGHT].sort());
      const flushed = manager.logs().filter((r) => r.msg === 'Storage flushed and closed');
      expect(flushed.map((r) => [Number(r['pid']), r['dropped']]).sort()).toEqual(
        shardPids.map((pid) => [pid, 0]).sort(),
      );
      expectIgnored(manager.logs(), 'SIGTERM');
    },
  );
});

describe('SIGTERM twice to the HTTP interactions endpoint', () => {
  const target = useStoreTarget('sqlite');

  it(
    'stores all 10 questions answered over HTTP, finishing a deferred reply, and exits 0',
    { timeout: 120_000 },
    async () => {
      const config = await target.fresh();
      const discord = (fake = await startFakeDiscord({ token: FAKE_TOKEN }));
      const setup = await endpointSetup(discord, { COOLDOWN_QUESTIONS: '100', ...storeEnv(config) });
      const child = (bot = spawnEntryPoint('src/app/http-main.ts', setup.env));
      await child.waitForLog({ event: 'ready' }, 60_000);
      const http = (client = setup.client());
      const questions = numberedQuestions(10);
      for (const question of questions)
        await deliver(discord, http, discord.build.chatInput({ name: 'ask', options: { question } }));
      // /stats answers "thinking…" at once and edits in its chart later: Discord is slow to take the
      // edit, so the endpoint's shutdown waits for it.
      discord.faults.rest.delay(ROUTES.editOriginal, 3_000, 1);
      const stats = discord.build.chatInput({ name: 'stats', memberPermissions: MANAGE_GUILD });
      await deliver(discord, http, stats);
      await discord.waitForInteractionCall(stats, ROUTES.editOriginal, { timeoutMs: 15_000 });

      const pid = child.child.pid ?? 0;
      await signalTwice([pid], 'SIGTERM');
      await child.waitForLog({ event: 'shutdown' });
      signalAll([pid], 'SIGTERM');
      expect(await child.exitWithin(15_000)).toEqual({ code: 0, signal: null });
      expect(await storedQuestions(config)).toEqual([...questions].sort());
      expectIgnored(child.logs(), 'SIGTERM');
    },
  );
});
