import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, afterAll, describe, expect, it } from 'vitest';
import { startFakeDiscord, type FakeDiscord } from '../support/fake-discord/index.js';
import { botEnv, FAKE_TOKEN } from './support/bot-env.js';
import { spawnEntryPoint, type ChildBot } from './support/child-bot.js';
import { LEVEL } from './support/log-capture.js';

const MAIN = 'src/app/main.ts';
let root: string;
let fake: FakeDiscord | undefined;
let bot: ChildBot | undefined;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'qa-bot-store-startup-'));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});
afterEach(async () => {
  await bot?.kill();
  await fake?.close();
  bot = undefined;
  fake = undefined;
});

function startMain(on: FakeDiscord, env: Record<string, string>): ChildBot {
  return spawnEntryPoint(MAIN, botEnv(on, { LOG_LEVEL: 'info', ...env }));
}

describe('the store at start', () => {
  it('a database that cannot be opened → one fatal line saying where and why, exit 1, Discord never contacted', async () => {
    const dir = join(root, 'garbage');
    await mkdir(dir);
    await writeFile(join(dir, 'bot.sqlite'), 'not an SQLite file. '.repeat(300));
    fake = await startFakeDiscord({ token: FAKE_TOKEN });
    bot = startMain(fake, { DATA_DIR: dir });
    expect(await bot.exitWithin(15_000)).toEqual({ code: 1, signal: null });
    const fatal = bot.logs().filter((r) => r.level === LEVEL.fatal);
    expect(fatal.map((r) => r.msg)).toEqual([
      expect.stringMatching(/^Cannot open the SQLite file .*bot\.sqlite: file is not a database$/),
    ]);
    expect(fake.lifecycle()).toEqual([]);
  });

  it('creates DATA_DIR, and SIGTERM closes the store after the client, exit 0', async () => {
    fake = await startFakeDiscord({ token: FAKE_TOKEN });
    const dir = join(root, 'created', 'on', 'start');
    bot = startMain(fake, { DATA_DIR: dir });
    await bot.waitForLog({ msg: 'Storage ready' });
    await bot.waitForLog({ event: 'ready' });
    bot.child.kill('SIGTERM');
    expect(await bot.exitWithin(8_000)).toEqual({ code: 0, signal: null });
    const messages = bot.logs().map((r) => r.msg);
    expect(messages.indexOf('Storage flushed and closed')).toBeGreaterThan(
      messages.indexOf('Client destroyed'),
    );
  });

  it('STORAGE=off opens nothing', async () => {
    fake = await startFakeDiscord({ token: FAKE_TOKEN });
    const dir = join(root, 'never-created');
    bot = startMain(fake, { DATA_DIR: dir, STORAGE: 'off' });
    await bot.waitForLog({ event: 'ready' });
    bot.child.kill('SIGTERM');
    expect(await bot.exitWithin(8_000)).toEqual({ code: 0, signal: null });
    expect(bot.logs().filter((r) => r.event === 'store')).toEqual([]);
    await expect(mkdir(dir)).resolves.toBeUndefined(); // it did not exist
  });
});
