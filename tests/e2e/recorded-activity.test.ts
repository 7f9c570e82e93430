/**
 * What the bot records reaches the review report exactly: questions answered and declined, and
 * feedback votes (a changed vote counted once), all written by SIGTERM's flush.
 */
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { APIMessage, APIUser } from 'discord.js';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { snowflake, startFakeDiscord, type FakeDiscord } from '../support/fake-discord/index.js';
import { originalMessage } from './support/bot-harness.js';
import { botEnv, CONTENT_DIR, FAKE_TOKEN, REPO_ROOT } from './support/bot-env.js';
import { spawnEntryPoint, type ChildBot } from './support/child-bot.js';
import { callbackMessage, customIdWith } from './support/payloads.js';

const ANSWERED = [
  'What is a GPU?',
  'Who designs the Trainium and Inferentia chips?',
  'What is a hyperscaler?',
];
const DECLINED = ['Who won the football world cup in 1998?', 'How do I knit a scarf?'];

const bob: APIUser = {
  id: snowflake(),
  username: 'bob',
  discriminator: '0',
  global_name: 'bob',
  avatar: null,
};

let dataDir: string;
let fake: FakeDiscord | undefined;
let bot: ChildBot | undefined;
beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'qa-bot-recorded-'));
});
afterAll(async () => {
  await rm(dataDir, { recursive: true, force: true });
});
afterEach(async () => {
  await bot?.kill();
  await fake?.close();
});

describe('recorded activity', () => {
  it('after a SIGTERM, `review --json` counts every question and vote exactly', async () => {
    fake = await startFakeDiscord({ token: FAKE_TOKEN });
    bot = spawnEntryPoint(
      'src/main.ts',
      botEnv(fake, { LOG_LEVEL: 'info', DATA_DIR: dataDir, COOLDOWN_QUESTIONS: '100' }),
    );
    await bot.waitForLog({ event: 'ready' });
    const discord = fake;

    const answers: { body: ReturnType<typeof callbackMessage>; message: APIMessage }[] = [];
    for (const question of [...ANSWERED, ...DECLINED]) {
      const payload = discord.build.chatInput({ name: 'ask', options: { question } });
      const call = await discord.interact(payload);
      answers.push({ body: callbackMessage(call), message: originalMessage(discord, payload) });
    }
    const press = (index: number, vote: 'up' | 'down', user?: APIUser) => {
      const answer = answers[index];
      if (answer === undefined) throw new Error(`no answer ${index}`);
      const customId = customIdWith(answer.body, `fb:${vote}:`);
      return discord.interact(
        discord.build.button({ customId, message: answer.message, ...(user ? { user } : {}) }),
      );
    };
    await press(0, 'up');
    await press(0, 'down', bob);
    await press(0, 'up', bob); // bob changes his mind: one vote, 👍
    await press(1, 'down');

    bot.child.kill('SIGTERM');
    expect(await bot.exitWithin(10_000)).toEqual({ code: 0, signal: null });

    const review = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/review.ts', '--json'], {
      cwd: REPO_ROOT,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', DATA_DIR: dataDir, CONTENT_DIR },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(review.stderr).toBe('');
    expect(review.status).toBe(0);
    const report = JSON.parse(review.stdout) as { answered: number; declined: number; feedback: unknown };
    expect(report).toMatchObject({ answered: 3, declined: 2, feedback: { up: 2, down: 1 } });
  });
});
