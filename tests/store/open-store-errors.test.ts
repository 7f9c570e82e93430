import { mkdtemp, rm, writeFile, mkdir } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StoreConfig } from '../../src/config/parse-config.js';
import { openStore } from '../../src/store/open-store.js';
import { StoreError } from '../../src/store/store-error.js';
import { LogCapture } from '../e2e/support/log-capture.js';

let root: string;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'qa-bot-store-errors-'));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

const settings = { enabled: true, databaseUrl: undefined, retentionDays: 30, storeQuestions: true };

async function failureOf(config: StoreConfig): Promise<StoreError> {
  const logs = new LogCapture();
  try {
    const store = await openStore({ ...config, logger: logs.logger });
    await store.close();
  } catch (error) {
    if (error instanceof StoreError) return error;
    throw error;
  }
  throw new Error('expected a StoreError');
}

describe('a store that cannot be opened is one line saying where and why', () => {
  it('DATA_DIR is a file, not a folder', async () => {
    const file = join(root, 'not-a-folder');
    await writeFile(file, 'x');
    const error = await failureOf({ ...settings, dataDir: file });
    expect(error.message).toMatch(/^Cannot open the SQLite file .*not-a-folder\/bot\.sqlite: [^\n]+$/);
  });

  it('the SQLite file is not a database', async () => {
    const dir = join(root, 'garbage');
    await mkdir(dir);
    await writeFile(join(dir, 'bot.sqlite'), 'this is not an SQLite file, just text. '.repeat(200));
    const error = await failureOf({ ...settings, dataDir: dir });
    expect(error.message).toMatch(/^Cannot open the SQLite file .*bot\.sqlite: file is not a database$/);
  });

  it('PostgreSQL does not answer; the URL and its password are never echoed', async () => {
    const port = await closedPort();
    const url = `postgres://botuser:hunter2-secret@127.0.0.1:${port}/questions`;
    const error = await failureOf({ ...settings, dataDir: root, databaseUrl: url });
    expect(error.message).toMatch(
      new RegExp(
        `^Cannot open the PostgreSQL database questions at 127\\.0\\.0\\.1:${port}: [^\\n]*ECONNREFUSED[^\\n]*$`,
      ),
    );
    expect(error.message).not.toContain('hunter2');
    expect(error.message).not.toContain('botuser');
  });
});

/** A port nothing listens on (taken and released). */
function closedPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address !== null ? address.port : 0));
    });
  });
}
