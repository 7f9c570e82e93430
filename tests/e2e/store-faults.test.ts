/**
 * The real bot's store through faults, as an operator would meet them: a mention typed in a question
 * stores no user id; PostgreSQL stopped under it gets one warning and no "back" (SIGTERM included);
 * its SQLite file deleted under it, the questions after are counted as dropped, not stored.
 */
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { StoreConfig } from '../../src/config/parse-config.js';
import { SQLITE_FILE } from '../../src/store/sqlite-database.js';
import { startFakeDiscord, type FakeDiscord } from '../support/fake-discord/index.js';
import { useStoreTarget } from '../store/support/store-target.js';
import { storeEnv } from './support/activity-review.js';
import { askAll, numberedQuestions, storedQuestions } from './support/ask-and-count.js';
import { botEnv, FAKE_TOKEN } from './support/bot-env.js';
import { spawnEntryPoint, type ChildBot } from './support/child-bot.js';
import { LEVEL } from './support/log-capture.js';

const FAILED = 'Storage failed: recording is dropped (and counted) until it is back';
const BACK = 'Storage is back; recording resumes';

let fake: FakeDiscord | undefined;
let bot: ChildBot | undefined;
afterEach(async () => {
  await bot?.kill();
  await fake?.close();
  bot = undefined;
  fake = undefined;
});

async function startStoring(config: StoreConfig): Promise<{ discord: FakeDiscord; child: ChildBot }> {
  const discord = (fake = await startFakeDiscord({ token: FAKE_TOKEN }));
  const child = (bot = spawnEntryPoint(
    'src/app/main.ts',
    botEnv(discord, { LOG_LEVEL: 'info', COOLDOWN_QUESTIONS: '100', ...storeEnv(config) }),
  ));
  await child.waitForLog({ event: 'ready' }, 60_000);
  return { discord, child };
}

/** What the bot said about its store, from "Storage ready" on (warnings and up, and "back"). */
function storeLines(child: ChildBot): (string | undefined)[] {
  return child
    .logs()
    .filter(
      (r) =>
        (r['event'] === 'store' || r['event'] === 'shutdown') && (r.level >= LEVEL.warn || r.msg === BACK),
    )
    .map((r) => r.msg);
}

describe('a mention typed in a question', () => {
  const target = useStoreTarget('sqlite');

  it(
    'is stored as @user (@role, #channel): no snowflake in the stored rows',
    { timeout: 120_000 },
    async () => {
      const config = await target.fresh();
      const { discord, child } = await startStoring(config);
      const channel = discord.world.guild.textChannel.id;
      await askAll(discord, ['<@400000000000000321> what is a GPU? ask <@&500000000000000001>'], [channel]);
      const message = discord.dispatchMessage({
        content: `what is a GPU, <@!400000000000000322>? see <#${channel}>`,
        mentionBot: true,
      });
      await discord.waitForReplyTo(message.id);
      child.child.kill('SIGTERM');
      expect(await child.exitWithin(10_000)).toEqual({ code: 0, signal: null });

      const stored = await storedQuestions(config);
      expect(stored).toHaveLength(2);
      for (const text of stored) expect(text).not.toMatch(/\d{17,20}/);
      expect(stored).toEqual(
        expect.arrayContaining([
          '@user what is a GPU? ask @role',
          expect.stringContaining('GPU, @user? see #channel'),
        ]),
      );
    },
  );
});

describe('PostgreSQL stopped under the running bot', () => {
  // It stops the server: a cluster of its own.
  const target = useStoreTarget('postgres', { ownCluster: true });

  it(
    'one warning, no "back" (a stop signal during the outage included), the loss counted at exit',
    { timeout: 120_000 },
    async () => {
      const config = await target.fresh();
      const { discord, child } = await startStoring(config);
      await target.postgres().stop();
      await askAll(discord, ['What is a GPU?'], [discord.world.guild.textChannel.id]);
      await child.waitForLog({ msg: FAILED });
      // Nothing is queued now: the last flush, at shutdown, has nothing to write and proves nothing.
      child.child.kill('SIGTERM');
      expect(await child.exitWithin(10_000)).toEqual({ code: 0, signal: null });
      await target.postgres().start();
      expect(storeLines(child)).toEqual([FAILED, 'Storage closed; records were dropped, not stored']);
      expect(child.logs().at(-1)).toMatchObject({ level: LEVEL.warn, dropped: 1 });
    },
  );
});

describe('the SQLite file deleted under the running bot', () => {
  const target = useStoreTarget('sqlite');

  it(
    'warns that it was deleted and counts the later questions as dropped, not stored',
    { timeout: 120_000 },
    async () => {
      const config = await target.fresh();
      const { discord, child } = await startStoring(config);
      const channel = discord.world.guild.textChannel.id;
      const before = numberedQuestions(5, 'before');
      await askAll(discord, before, [channel]);
      // The timer writes them within a second.
      await vi.waitFor(async () => expect(await storedQuestions(config)).toHaveLength(5), {
        timeout: 10_000,
      });

      const file = join(config.dataDir, SQLITE_FILE);
      await rm(file);
      await askAll(discord, numberedQuestions(5, 'after'), [channel]);
      child.child.kill('SIGTERM');
      expect(await child.exitWithin(10_000)).toEqual({ code: 0, signal: null });
      expect(storeLines(child)).toEqual([FAILED, 'Storage closed; records were dropped, not stored']);
      expect(child.logs().find((r) => r.msg === FAILED)?.['error']).toMatch(
        /bot\.sqlite was deleted while the bot ran/,
      );
      expect(
        child.logs().find((r) => r.msg === 'Storage closed; records were dropped, not stored'),
      ).toMatchObject({
        dropped: 5,
      });
    },
  );
});
