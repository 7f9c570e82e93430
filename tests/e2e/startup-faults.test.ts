/**
 * Start-up against a Discord that misbehaves: each ends in one fatal line that says what happened
 * and exit status 1, within generous bounds, instead of a misleading message, a raw TypeError or
 * a process that waits for ever.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { startFakeDiscord, type FakeDiscord } from '../support/fake-discord/index.js';
import { botEnv, FAKE_TOKEN } from './support/bot-env.js';
import { spawnEntryPoint, type ChildBot } from './support/child-bot.js';
import { LEVEL } from './support/log-capture.js';

let fake: FakeDiscord | undefined;
let bot: ChildBot | undefined;

afterEach(async () => {
  await bot?.kill();
  await fake?.close();
  bot = undefined;
  fake = undefined;
});

function startMain(on: FakeDiscord, env: Record<string, string> = {}): ChildBot {
  return spawnEntryPoint('src/app/main.ts', botEnv(on, { LOG_LEVEL: 'info', ...env }));
}

/** Exit 1 within `withinMs`, exactly one fatal line matching `message`, no stack trace on stderr. */
async function expectFatalExit(child: ChildBot, message: RegExp, withinMs = 25_000): Promise<string> {
  const exit = await child.exitWithin(withinMs);
  expect(exit, child.stdout + child.stderr).toEqual({ code: 1, signal: null });
  const fatal = child.logs().filter((r) => r.level === LEVEL.fatal);
  expect(fatal.map((r) => r.msg)).toHaveLength(1);
  expect(fatal[0]?.msg).toMatch(message);
  expect(child.stderr).not.toMatch(/TypeError|\n\s+at /);
  expect(child.stdout + child.stderr).not.toContain(FAKE_TOKEN);
  return fatal[0]?.msg ?? '';
}

describe('start-up faults', () => {
  it('HTTP 401 from the REST API (a token Discord does not know) is reported as such, not as a gateway close code', async () => {
    fake = await startFakeDiscord({ token: 'the-only-token-this-fake-accepts' });
    bot = startMain(fake);
    const message = await expectFatalExit(
      bot,
      /REST API rejected the token \(HTTP 401.*: check DISCORD_TOKEN$/,
    );
    expect(message).not.toMatch(/4004|gateway close/);
    expect(fake.restCalls('GET /gateway/bot')[0]?.response?.status).toBe(401);
    expect(fake.lifecycle().filter((e) => e.type === 'connected')).toHaveLength(0);
  });

  it('a rate-limited gateway lookup (GET /gateway/bot → 429) is logged and given up after a few tries', async () => {
    fake = await startFakeDiscord({ token: FAKE_TOKEN });
    fake.faults.rest.rateLimit('GET /gateway/bot', { times: 1_000_000, retryAfterMs: 200 });
    bot = startMain(fake);
    await expectFatalExit(bot, /rate-limit.*GET \/gateway\/bot/i);
    const warnings = bot.logs().filter((r) => r.level === LEVEL.warn && r['event'] === 'rate-limited');
    expect(warnings.length).toBeGreaterThan(0);
    expect(warnings[0]).toMatchObject({ route: 'GET /gateway/bot' });
    const lookups = fake.restCalls('GET /gateway/bot').length;
    expect(lookups).toBeGreaterThan(1);
    expect(lookups).toBeLessThan(10);
  });

  it('a READY without guilds: no endless wait, a clear fatal line', { timeout: 60_000 }, async () => {
    fake = await startFakeDiscord({ token: FAKE_TOKEN });
    fake.faults.gateway.omitFromReady('guilds');
    // The shortest deadline allowed, instead of waiting out the default 45 s.
    bot = startMain(fake, { STARTUP_TIMEOUT_SECONDS: '5' });
    // discord.js throws on such a READY before the bot sees it and retries the handshake for ever
    // (every 15 s): the start-up deadline ends it.
    await expectFatalExit(bot, /not ready within 5 s/, 40_000);
    expect(fake.lifecycle().filter((e) => e.type === 'connected').length).toBeGreaterThanOrEqual(1);
  });

  it('a READY without user: a clear fatal line, not a raw TypeError', async () => {
    fake = await startFakeDiscord({ token: FAKE_TOKEN });
    fake.faults.gateway.omitFromReady('user');
    bot = startMain(fake);
    await expectFatalExit(bot, /READY.*user/);
  });
});
