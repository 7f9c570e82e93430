/** Interaction tokens stay out of the bot's log even when Discord's error body repeats the request URL. */
import { afterEach, describe, expect, it } from 'vitest';
import { startFakeDiscord, type FakeDiscord } from '../support/fake-discord/index.js';
import { botEnv, FAKE_TOKEN } from './support/bot-env.js';
import { spawnEntryPoint, type ChildBot } from './support/child-bot.js';
import { LEVEL } from './support/log-capture.js';
import { startEchoingProxy, type EchoingProxy } from './support/echoing-proxy.js';
import { ROUTES } from './support/payloads.js';

let fake: FakeDiscord | undefined;
let bot: ChildBot | undefined;
let proxy: EchoingProxy | undefined;

afterEach(async () => {
  await bot?.kill();
  await proxy?.close();
  await fake?.close();
  bot = undefined;
  proxy = undefined;
  fake = undefined;
});

describe('a REST error that echoes the interaction URL', () => {
  it('is logged with the token redacted in rawError.message and rawError.errors', async () => {
    const discord = await startFakeDiscord({ token: FAKE_TOKEN });
    fake = discord;
    bot = spawnEntryPoint('src/app/main.ts', botEnv(discord, { LOG_LEVEL: 'info' }));
    await bot.waitForLog({ event: 'ready' });
    const payload = discord.build.chatInput({ name: 'ask', options: { question: 'What is a GPU?' } });
    const echoed = `/api/v10/interactions/${payload.id}/${payload.token}/callback`;
    // A 400 is not retried: the bot's error boundary logs what Discord said, body and all.
    discord.faults.rest.respond(
      ROUTES.callback,
      {
        status: 400,
        body: {
          message: `Invalid Form Body for POST ${echoed}`,
          code: 50035,
          errors: { url: { _errors: [{ code: 'URL_TYPE_INVALID', message: `Bad request to ${echoed}` }] } },
        },
      },
      1,
    );
    discord.dispatchInteraction(payload);
    const failure = await bot.waitForLog({ msg: 'Interaction failed' });
    expect(failure.level).toBe(LEVEL.error);
    // The error body did reach the log (so the assertion below is about redaction, not absence).
    expect(JSON.stringify(failure)).toContain('Invalid Form Body for POST');
    expect(JSON.stringify(failure)).toContain('URL_TYPE_INVALID');
    expect(bot.stdout + bot.stderr).not.toContain(payload.token);
    expect(bot.stdout + bot.stderr).not.toContain(FAKE_TOKEN);
  });
});

describe('a REST error body that echoes the Authorization header (a proxy at DISCORD_API_URL)', () => {
  it('is logged with the bot token redacted, as itself and as `Bot <token>`', async () => {
    const discord = await startFakeDiscord({ token: FAKE_TOKEN });
    fake = discord;
    // The mention's reply is a channel message: sent with the bot token, answered with the echo.
    proxy = await startEchoingProxy(
      discord.restBase,
      (req) => req.method === 'POST' && /\/channels\/\d+\/messages$/.test(req.url ?? ''),
    );
    bot = spawnEntryPoint(
      'src/app/main.ts',
      botEnv(discord, { LOG_LEVEL: 'info', DISCORD_API_URL: proxy.base }),
    );
    await bot.waitForLog({ event: 'ready' }, 30_000);
    discord.dispatchMessage({ content: 'What is a GPU?', mentionBot: true });
    const failure = await bot.waitForLog({ msg: 'Message handler failed' }, 15_000);
    expect(proxy.echoed).toBe(1);
    // The echo did reach the log (so what follows is about redaction, not absence).
    const line = JSON.stringify(failure);
    expect(line).toContain('you sent Authorization: Bot [redacted]');
    expect(line).toContain('authorization=Bot [redacted]');
    expect(bot.stdout + bot.stderr).not.toContain(FAKE_TOKEN);
  });
});
