/** `src/app/main.ts` as a process: exit codes and log lines for a refused token, and a graceful SIGTERM. */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PermissionFlagsBits } from 'discord.js';
import { afterEach, describe, expect, it } from 'vitest';
import { startFakeDiscord, type FakeDiscord, type RecordedRestCall } from '../support/fake-discord/index.js';
import { botEnv, FAKE_TOKEN, REPO_ROOT } from './support/bot-env.js';
import { spawnEntryPoint, type ChildBot } from './support/child-bot.js';
import { expectWellFormedCall } from './support/expect-well-formed.js';
import { LEVEL } from './support/log-capture.js';
import { messageBody, ROUTES } from './support/payloads.js';

const MAIN = 'src/app/main.ts';

let fake: FakeDiscord | undefined;
let bot: ChildBot | undefined;

afterEach(async () => {
  await bot?.kill();
  await fake?.close();
  bot = undefined;
  fake = undefined;
});

function startMain(on: FakeDiscord, env: Record<string, string> = {}): ChildBot {
  return spawnEntryPoint(MAIN, botEnv(on, { LOG_LEVEL: 'info', ...env }));
}

/** Exit 1, one fatal line that says what to fix, and no token anywhere in the output. */
async function expectFatalExit(child: ChildBot, message: RegExp): Promise<void> {
  const exit = await child.exitWithin(25_000);
  expect(exit).toEqual({ code: 1, signal: null });
  const fatal = child.logs().filter((r) => r.level === LEVEL.fatal);
  expect(fatal).toHaveLength(1);
  expect(fatal[0]?.msg).toMatch(message);
  expect(child.stdout + child.stderr).not.toContain(FAKE_TOKEN);
}

describe('a refused token', () => {
  it('gateway close 4004 on IDENTIFY → a fatal line naming DISCORD_TOKEN and exit code 1', async () => {
    fake = await startFakeDiscord();
    fake.faults.gateway.rejectNextIdentify(4004);
    bot = startMain(fake);
    await expectFatalExit(bot, /rejected the token \(gateway close 4004\): check DISCORD_TOKEN/);
    expect(fake.lifecycle().filter((e) => e.type === 'connected')).toHaveLength(1);
  });

  // A token the REST API refuses (HTTP 401) ends the same way: startup-faults.test.ts.

  it('close 4004 after the bot is running → a fatal line and exit code 1, no reconnect', async () => {
    fake = await startFakeDiscord({ token: FAKE_TOKEN });
    bot = startMain(fake);
    await bot.waitForLog({ event: 'ready' });
    fake.faults.gateway.close(4004);
    await expectFatalExit(bot, /rejected the token \(gateway close 4004\)/);
    expect(fake.lifecycle().filter((e) => e.type === 'connected')).toHaveLength(1);
  });
});

describe('configuration', () => {
  it('starts when every .env.example variable is present but empty (copied .env, only the token filled in)', async () => {
    const example = await readFile(join(REPO_ROOT, '.env.example'), 'utf8');
    const names = [...example.matchAll(/^([A-Z_]+)=/gm)].map((m) => m[1] ?? '');
    expect(names).toContain('SHARD_COUNT');
    fake = await startFakeDiscord({ token: FAKE_TOKEN });
    // The config reads empty values as unset, as .env.example promises; discord.js must not see them either.
    const env = {
      ...Object.fromEntries(names.map((name) => [name, ''])),
      ...botEnv(fake, { LOG_LEVEL: 'info' }),
    };
    bot = spawnEntryPoint(MAIN, env);
    await bot.waitForLog({ event: 'ready' });
    bot.child.kill('SIGTERM');
    expect(await bot.exitWithin(6_000)).toEqual({ code: 0, signal: null });
  });
});

describe('logs', () => {
  it('record a failed reply without its interaction token (it lets anyone post as the bot for 15 minutes)', async () => {
    const discord = await startFakeDiscord({ token: FAKE_TOKEN });
    fake = discord;
    bot = startMain(discord);
    await bot.waitForLog({ event: 'ready' });
    // Three 500s in a row: the bot's REST client gives up (retries 2) and its error boundary logs the error.
    discord.faults.rest.serverError(ROUTES.callback, { times: 3 });
    const ask = discord.dispatchInteraction(
      discord.build.chatInput({ name: 'ask', options: { question: 'What is a GPU?' } }),
    );
    const failure = await bot.waitForLog({ msg: 'Interaction failed' });
    expect(failure).toMatchObject({ level: LEVEL.error, interaction: { id: ask.id, command: 'ask' } });
    expect(bot.stdout + bot.stderr).not.toContain(ask.token);
    expect(bot.stdout + bot.stderr).not.toContain(FAKE_TOKEN);
  });
});

describe('SIGTERM', () => {
  it('finishes every reply in flight, then exits 0 within 6 s', async () => {
    const discord = await startFakeDiscord({ token: FAKE_TOKEN });
    fake = discord;
    bot = startMain(discord, { COOLDOWN_QUESTIONS: '100' });
    await bot.waitForLog({ event: 'ready' });
    // Discord holds these replies unanswered until shutdown has begun: they are in flight when SIGTERM
    // arrives, however loaded the machine, and the grace period is left for the work after them.
    const heldCallbacks = discord.faults.rest.hold(ROUTES.callback, 4);
    const heldMessage = discord.faults.rest.hold(ROUTES.createMessage, 1);
    const questions = ['What is a hyperscaler?', 'What is a GPU?', 'What does GPU stand for?'];
    const asks = questions.map((question) =>
      discord.dispatchInteraction(discord.build.chatInput({ name: 'ask', options: { question } })),
    );
    const mention = discord.dispatchMessage({ content: 'who designs trainium?', mentionBot: true });
    // /reload defers first: its real reply (the edit) can only be sent after SIGTERM.
    const reload = discord.dispatchInteraction(
      discord.build.chatInput({
        name: 'reload',
        user: discord.world.owner,
        memberPermissions: String(PermissionFlagsBits.ManageGuild),
      }),
    );
    const inFlight: RecordedRestCall[] = [
      ...(await Promise.all([...asks, reload].map((ref) => discord.waitForInteractionCall(ref)))),
      await discord.waitForReplyTo(mention.id),
    ];
    expect(inFlight.map((c) => c.response)).toEqual(inFlight.map(() => undefined));

    bot.child.kill('SIGTERM');
    const exited = bot.exitWithin(6_000);
    await bot.waitForLog({ event: 'shutdown' });
    heldCallbacks.release();
    heldMessage.release();
    // Arrives after shutdown began: not taken on.
    const late = discord.dispatchInteraction(
      discord.build.chatInput({ name: 'ask', options: { question: 'What is this article about?' } }),
    );
    expect(await exited).toEqual({ code: 0, signal: null });

    for (const call of inFlight) expectWellFormedCall(call);
    const edit = discord.interactionCalls(reload).find((c) => c.route === ROUTES.editOriginal);
    if (edit) expectWellFormedCall(edit);
    expect(edit && messageBody(edit).content).toMatch(/^Reloaded: \d+ passages/);
    expect(discord.interactionCalls(late)).toEqual([]);
    // Each answer is logged once its reply went through, and all of that before the client was destroyed.
    const messages = bot
      .logs()
      .map((r) => (r['event'] === 'question' ? `question via ${String(r['via'])}` : r.msg));
    const destroyed = messages.indexOf('Client destroyed');
    expect(destroyed).toBeGreaterThan(0);
    expect(
      messages
        .slice(0, destroyed)
        .filter((m) => m?.startsWith('question'))
        .sort(),
    ).toEqual([
      'question via command:ask',
      'question via command:ask',
      'question via command:ask',
      'question via mention',
    ]);
    expect(messages.slice(0, destroyed)).toContain('Reload requested');
    expect(bot.logs().filter((r) => r.level >= LEVEL.warn)).toEqual([]);
    expect(bot.stdout + bot.stderr).not.toContain(FAKE_TOKEN);
  });
});
