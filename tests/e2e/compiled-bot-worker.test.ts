/**
 * The compile worker from the built bot (`npm start` runs dist/app/main.js): its entry is the compiled
 * dist/content/compile-worker.js next to the module that starts it, not the .ts source.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { buildOurBot } from '../bench/e2e/build-bots.js';
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

describe('dist/app/main.js', () => {
  it('loads and reloads its content through the compiled worker', { timeout: 90_000 }, async () => {
    await buildOurBot();
    fake = await startFakeDiscord({ token: FAKE_TOKEN });
    bot = spawnEntryPoint('dist/app/main.js', botEnv(fake, { LOG_LEVEL: 'info' }));
    await bot.waitForLog({ event: 'ready' }, 20_000);
    bot.child.kill('SIGHUP');
    expect(await bot.waitForLog({ event: 'reload' })).toMatchObject({ ok: true });
    bot.child.kill('SIGTERM');
    expect(await bot.exitWithin(6_000)).toEqual({ code: 0, signal: null });
  });
});
