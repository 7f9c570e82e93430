/**
 * A second stop signal while the bot shuts down changes nothing: Ctrl-C at a terminal and a
 * supervisor's control-group stop signal every process, and npm forwards its own copy, so the bot
 * often gets two. Ten questions answered and one still being answered, then the signal twice 2 ms
 * apart, and once more once shutdown has begun (two signals sent that close can reach the process as
 * one): all eleven are stored and the bot exits 0. The same for the HTTP endpoint. The same for
 * `npm run start:sharded`, npm, the manager and both shards all signalled, is part of
 * recorded-activity-sharded.test.ts (its SQLite case), which counts what that run stored anyway.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { PermissionFlagsBits } from 'discord-api-types/v10';
import { startFakeDiscord, type FakeDiscord } from '../support/fake-discord/index.js';
import type { EndpointClient } from '../support/interactions-http/client.js';
import { useStoreTarget } from '../store/support/store-target.js';
import { storeEnv } from './support/activity-review.js';
import {
  askAll,
  askSlowly,
  expectIgnored,
  numberedQuestions,
  signalAll,
  signalTwice,
  storedQuestions,
} from './support/ask-and-count.js';
import { botEnv, FAKE_TOKEN } from './support/bot-env.js';
import { spawnEntryPoint, type ChildBot } from './support/child-bot.js';
import { deliver, endpointSetup } from './support/http-endpoint.js';
import { ROUTES } from './support/payloads.js';

const IN_FLIGHT = 'What is a hyperscaler? (in flight)';
const MANAGE_GUILD = String(PermissionFlagsBits.ManageGuild);

let fake: FakeDiscord | undefined;
let bot: ChildBot | undefined;
let client: EndpointClient | undefined;
afterEach(async () => {
  client?.close();
  await bot?.kill();
  await fake?.close();
  bot = undefined;
  fake = undefined;
  client = undefined;
});

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
