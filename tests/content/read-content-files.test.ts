/**
 * Reading a content folder never hangs and never swallows something that is not a content file
 * (issue 10, items 3 and 9): a FIFO nobody writes, a directory, or a file over the size cap is a
 * problem naming the file, reported at once.
 */
import { execFileSync } from 'node:child_process';
import { closeSync, constants, openSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, rm, truncate } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { compileContent } from '../../src/content/compile-content.js';
import { ContentError } from '../../src/content/content-error.js';
import { MAX_CONTENT_FILE_BYTES, readContentFiles } from '../../src/content/read-content-files.js';
import { CONTENT_DIR } from '../e2e/support/bot-env.js';

let dir = '';
let fifo: string | undefined;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'content-read-'));
  await copyFile(join(CONTENT_DIR, 'glossary.md'), join(dir, 'glossary.md'));
});

afterEach(async () => {
  // Should a reader still be blocked opening the FIFO, opening its other end and closing it lets it go.
  if (fifo !== undefined) {
    try {
      closeSync(openSync(fifo, constants.O_WRONLY | constants.O_NONBLOCK));
    } catch {
      // ENXIO: nobody is reading it, nothing to release.
    }
  }
  fifo = undefined;
  await rm(dir, { recursive: true, force: true });
});

/** The read's outcome, or 'still reading' after a generous 5 s (the bug: forever). */
async function readWithin(
  folder: string,
): Promise<Awaited<ReturnType<typeof readContentFiles>> | 'still reading'> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<'still reading'>((resolve) => {
    timer = setTimeout(() => resolve('still reading'), 5_000);
  });
  try {
    return await Promise.race([readContentFiles(folder), late]);
  } finally {
    clearTimeout(timer);
  }
}

describe('readContentFiles', () => {
  it('refuses at once an article.md that is a FIFO nobody writes to', async () => {
    fifo = join(dir, 'article.md');
    execFileSync('mkfifo', [fifo]);
    const outcome = await readWithin(dir);
    expect(outcome).not.toBe('still reading');
    if (outcome === 'still reading') return;
    expect(outcome.files.article).toBeUndefined();
    expect(outcome.problems).toEqual([{ file: 'article.md', entry: 'file', reason: 'not a regular file' }]);
  });

  it('refuses an article.md that is a directory', async () => {
    await mkdir(join(dir, 'article.md'));
    const { problems } = await readContentFiles(dir);
    expect(problems).toEqual([{ file: 'article.md', entry: 'file', reason: 'not a regular file' }]);
  });

  it('refuses a content file over the size cap, naming the file and the limit', async () => {
    await copyFile(join(CONTENT_DIR, 'article.md'), join(dir, 'article.md'));
    await truncate(join(dir, 'glossary.md'), MAX_CONTENT_FILE_BYTES + 1);
    const error: unknown = await compileContent(dir).catch((e: unknown) => e);
    if (!(error instanceof ContentError)) throw new Error(`expected a ContentError, got ${String(error)}`);
    expect(error.problems).toEqual([
      {
        file: 'glossary.md',
        entry: 'file',
        reason: 'too large: 2,097,153 bytes, over the limit of 2 MiB (2,097,152 bytes) per file',
      },
    ]);
  });

  it('reads a file exactly at the cap', async () => {
    await copyFile(join(CONTENT_DIR, 'article.md'), join(dir, 'article.md'));
    await truncate(join(dir, 'article.md'), MAX_CONTENT_FILE_BYTES);
    const { files, problems } = await readContentFiles(dir);
    expect(problems).toEqual([]);
    expect(files.documents?.map((d) => [d.file, d.text.length])).toEqual([
      ['article.md', MAX_CONTENT_FILE_BYTES],
    ]);
  });
});
