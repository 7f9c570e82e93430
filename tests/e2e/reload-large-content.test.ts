/**
 * Reloading a large content folder does not stop the bot answering (issue 10, item 3): the folder is
 * read and compiled on a worker thread, and the new knowledge base is swapped in when it is ready.
 */
import { copyFile, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { MAX_CONTENT_FILE_BYTES } from '../../src/content/read-content-files.js';
import { syntheticContent } from '../bench/synthetic-content.js';
import { ask, startHarness, stopHarness, type Harness } from './support/bot-harness.js';
import { CONTENT_DIR } from './support/bot-env.js';
import { expectWellFormedCall } from './support/expect-well-formed.js';
import { callbackMessage, firstEmbed } from './support/payloads.js';

const PARAGRAPHS = 4_400;

let h: Harness | undefined;
let dir: string | undefined;

afterEach(async () => {
  await stopHarness(h);
  if (dir !== undefined) await rm(dir, { recursive: true, force: true });
  h = undefined;
  dir = undefined;
});

describe('a reload of a large article', () => {
  // Compiling 4,400 paragraphs keeps a worker thread busy: the test took 16 s on a quiet 2-core
  // machine and ran past the default 30 s under load (a bound on waiting, not a figure it asserts).
  it(
    'keeps answering /ask while the new content compiles, then swaps it in',
    { timeout: 120_000 },
    async () => {
      dir = await mkdtemp(join(tmpdir(), 'reload-large-'));
      for (const name of ['article.md', 'glossary.md'])
        await copyFile(join(CONTENT_DIR, name), join(dir, name));
      h = await startHarness({ env: { CONTENT_DIR: dir } });
      // Just under the size cap: compiling it takes the bot's thread a second or more, answering milliseconds.
      const article = syntheticContent(PARAGRAPHS, 0).article;
      expect(Buffer.byteLength(article)).toBeLessThan(MAX_CONTENT_FILE_BYTES);
      await writeFile(join(dir, 'article.md'), article);

      let reloadFinished = false;
      const reloaded = h.bot.reload().finally(() => {
        reloadFinished = true;
      });
      // Once the folder is read, compiling begins; on the bot's own thread, not even this timer fired
      // until the whole reload was done.
      await sleep(50);
      const call = await ask(h.fake, 'What is a hyperscaler?');
      expect(reloadFinished).toBe(false);
      expectWellFormedCall(call);
      expect(firstEmbed(callbackMessage(call)).footer?.text).toContain('glossary: Hyperscaler');

      const result = await reloaded;
      expect(result).toMatchObject({ ok: true, passages: PARAGRAPHS + 3 });
      expect(h.bot.knowledge.getKnowledge().kb.title).toBe('A synthetic article');
    },
  );
});
