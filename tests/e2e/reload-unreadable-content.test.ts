/**
 * `src/app/main.ts` as a process, reloading a content folder whose article.md is a FIFO nobody writes
 * (issue 10, item 9): the reload reports the file at once, the old content keeps serving, and SIGTERM
 * still ends the process within the grace period.
 */
import { execFileSync } from 'node:child_process';
import { closeSync, constants, openSync } from 'node:fs';
import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startFakeDiscord, type FakeDiscord } from '../support/fake-discord/index.js';
import { botEnv, CONTENT_DIR, FAKE_TOKEN } from './support/bot-env.js';
import { spawnEntryPoint, type ChildBot } from './support/child-bot.js';
import { expectWellFormedCall } from './support/expect-well-formed.js';
import { LEVEL } from './support/log-capture.js';
import { callbackMessage, firstEmbed } from './support/payloads.js';

let fake: FakeDiscord | undefined;
let bot: ChildBot | undefined;
let dir: string | undefined;

afterEach(async () => {
  await bot?.kill();
  await fake?.close();
  if (dir !== undefined) {
    try {
      // A reader still blocked opening the FIFO would be released by its other end opening.
      closeSync(openSync(join(dir, 'article.md'), constants.O_WRONLY | constants.O_NONBLOCK));
    } catch {
      // Nobody is reading it.
    }
    await rm(dir, { recursive: true, force: true });
  }
  bot = undefined;
  fake = undefined;
  dir = undefined;
});

describe('reload with article.md a FIFO', () => {
  it('fails at once naming the file, keeps serving, and SIGTERM exits 0 within 6 s', async () => {
    dir = await mkdtemp(join(tmpdir(), 'reload-fifo-'));
    for (const name of ['article.md', 'glossary.md'])
      await copyFile(join(CONTENT_DIR, name), join(dir, name));
    fake = await startFakeDiscord({ token: FAKE_TOKEN });
    bot = spawnEntryPoint('src/app/main.ts', botEnv(fake, { LOG_LEVEL: 'info', CONTENT_DIR: dir }));
    await bot.waitForLog({ event: 'ready' });

    await rm(join(dir, 'article.md'));
    execFileSync('mkfifo', [join(dir, 'article.md')]);
    bot.child.kill('SIGHUP');
    const reload = await bot.waitForLog({ event: 'reload' });
    expect(reload).toMatchObject({
      level: LEVEL.error,
      ok: false,
      problems: [{ file: 'article.md', entry: 'file', reason: 'not a regular file' }],
    });

    const asked = fake.dispatchInteraction(
      fake.build.chatInput({ name: 'ask', options: { question: 'What is a hyperscaler?' } }),
    );
    const answer = await fake.waitForInteractionCall(asked);
    expectWellFormedCall(answer);
    expect(firstEmbed(callbackMessage(answer)).footer?.text).toContain('glossary: Hyperscaler');

    bot.child.kill('SIGTERM');
    expect(await bot.exitWithin(6_000)).toEqual({ code: 0, signal: null });
  });
});
