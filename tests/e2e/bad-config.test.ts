/**
 * `src/app/main.ts` with configuration that used to hang, run out of memory or end in a library's stack
 * trace: each exits 1 promptly with one line that names the variable and what it expects.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startFakeDiscord, type FakeDiscord } from '../support/fake-discord/index.js';
import { botEnv, FAKE_TOKEN } from './support/bot-env.js';
import { spawnEntryPoint, type ChildBot } from './support/child-bot.js';

let fake: FakeDiscord;
let bot: ChildBot | undefined;

beforeAll(async () => {
  fake = await startFakeDiscord({ token: FAKE_TOKEN });
});
afterAll(async () => {
  await fake.close();
});
afterEach(async () => {
  await bot?.kill();
  bot = undefined;
});

/** Exit 1 within generous bounds (a hang or an out-of-memory abort fails), one line naming `variable`. */
async function expectRefused(env: Record<string, string>, variable: string, rule: RegExp): Promise<void> {
  bot = spawnEntryPoint('src/app/main.ts', env);
  const exit = await bot.exitWithin(20_000);
  const output = (bot.stdout + bot.stderr).trim();
  expect(exit, output).toEqual({ code: 1, signal: null });
  expect(output.split('\n'), output).toHaveLength(1);
  expect(output).toContain(`${variable}: expected`);
  expect(output).toMatch(rule);
  expect(output).not.toMatch(/\n\s+at /);
  expect(output).not.toContain(FAKE_TOKEN);
}

describe('shards', () => {
  it('SHARD_LIST=99999999999999999999999 without a token', async () => {
    await expectRefused({ SHARD_LIST: '99999999999999999999999' }, 'SHARD_LIST', /shard ids/);
  });

  it('SHARD_LIST=0-20000000 with SHARD_COUNT=4', async () => {
    await expectRefused(
      botEnv(fake, { SHARD_COUNT: '4', SHARD_LIST: '0-20000000' }),
      'SHARD_LIST',
      /below SHARD_COUNT/,
    );
  });

  it('SHARD_COUNT=100000', async () => {
    await expectRefused(botEnv(fake, { SHARD_COUNT: '100000' }), 'SHARD_COUNT', /at most \d/);
  });

  it('SHARD_LIST=3-1 with SHARD_COUNT=4', async () => {
    await expectRefused(botEnv(fake, { SHARD_COUNT: '4', SHARD_LIST: '3-1' }), 'SHARD_LIST', /ascending/);
  });

  it('SHARD_COUNT=" " (blank, which discord.js would read itself)', async () => {
    await expectRefused(botEnv(fake, { SHARD_COUNT: ' ' }), 'SHARD_COUNT', /blank/);
  });
});

describe('token, content folder and API URL', () => {
  it('DISCORD_TOKEN with a full-width digit', async () => {
    await expectRefused(botEnv(fake, { DISCORD_TOKEN: '５' }), 'DISCORD_TOKEN', /ASCII/);
  });

  // The folder's path is named (it is no secret), and no file name: which documents a folder needs is
  // the compiler's business, and glossary.md never was required.
  it('CONTENT_DIR that does not exist, with a token and without (the console)', async () => {
    const missing = '/nonexistent/content-folder';
    const rule =
      /CONTENT_DIR: expected an existing content folder \(\/nonexistent\/content-folder does not exist\)$/;
    await expectRefused(botEnv(fake, { CONTENT_DIR: missing }), 'CONTENT_DIR', rule);
    await bot?.kill();
    await expectRefused({ CONTENT_DIR: missing }, 'CONTENT_DIR', rule);
    expect(bot?.stderr).not.toMatch(/article\.md|glossary\.md/);
  });

  it('CONTENT_DIR that is a file', async () => {
    await expectRefused(
      botEnv(fake, { CONTENT_DIR: 'README.md' }),
      'CONTENT_DIR',
      /expected an existing content folder \(\/.*\/README\.md is not a folder\)$/,
    );
  });

  it('DISCORD_API_URL that is blank (only spaces)', async () => {
    await expectRefused(botEnv(fake, { DISCORD_API_URL: '  ' }), 'DISCORD_API_URL', /blank/);
  });

  it('DISCORD_API_URL that is set but empty', async () => {
    await expectRefused(botEnv(fake, { DISCORD_API_URL: '' }), 'DISCORD_API_URL', /not empty/);
  });
});
