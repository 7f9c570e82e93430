/** SIGTERM must end the process within the grace period even when nobody reads its logs any more. */
import { afterEach, describe, expect, it } from 'vitest';
import { startFakeDiscord, type FakeDiscord } from '../support/fake-discord/index.js';
import { botEnv, FAKE_TOKEN } from './support/bot-env.js';
import { spawnEntryPoint, type ChildBot } from './support/child-bot.js';

let fake: FakeDiscord | undefined;
let bot: ChildBot | undefined;

afterEach(async () => {
  await bot?.kill();
  await fake?.close();
  bot = undefined;
  fake = undefined;
});

describe('SIGTERM with stdout gone', () => {
  it('exits 0 within the grace period when the log reader has closed (EPIPE) and the gateway is down', async () => {
    const discord = await startFakeDiscord({ token: FAKE_TOKEN });
    fake = discord;
    bot = spawnEntryPoint('src/app/main.ts', botEnv(discord, { LOG_LEVEL: 'debug' }));
    await bot.waitForLog({ event: 'ready' });
    // The log reader goes away (a closed `| tee`, a dead log shipper): every write now fails with EPIPE.
    bot.child.stdout.destroy();
    // And Discord is unreachable: discord.js keeps trying to reconnect and logs about it.
    await discord.close();
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    bot.child.kill('SIGTERM');
    // 5 s grace for in-flight replies, 1 s for the last log lines, and slack for a loaded machine.
    expect(await bot.exitWithin(9_000)).toEqual({ code: 0, signal: null });
  });
});
