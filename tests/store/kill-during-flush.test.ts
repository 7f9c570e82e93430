import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SQLITE_FILE } from '../../src/store/sqlite-database.js';

const CHILD = 'tests/store/support/flush-until-killed.ts';
const BATCH = 20_000;

let dataDir: string;
beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'qa-bot-kill-'));
});
afterAll(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

/** Runs the child until it announces its `flushes`-th flush, SIGKILLs it then, and returns what it said. */
function killDuringFlush(flushes: number): Promise<{ flushing: number[]; flushed: number[] }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, dataDir, String(BATCH)], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const said = { flushing: [] as number[], flushed: [] as number[] };
    let err = '';
    let buffered = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (err += chunk));
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      buffered += chunk;
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const line of lines) {
        const [word, n] = line.split(' ');
        if (word === 'flushing') said.flushing.push(Number(n));
        if (word === 'flushed') said.flushed.push(Number(n));
        if (word === 'flushing' && said.flushing.length === flushes) child.kill('SIGKILL');
      }
    });
    child.once('error', reject);
    child.once('close', (_code, signal) => {
      if (signal === 'SIGKILL') resolve(said);
      else reject(new Error(`the child was not killed:\n${err}`));
    });
  });
}

describe('kill -9 during a flush (SQLite)', () => {
  it('leaves a valid file holding every batch flushed before, and all or none of the one under way', async () => {
    const said = await killDuringFlush(4);
    const lastFlushed = said.flushed.at(-1) ?? 0;
    const underWay = said.flushing.at(-1) ?? 0;
    expect(lastFlushed).toBe(3 * BATCH);
    expect(underWay).toBe(4 * BATCH);

    const db = new Database(join(dataDir, SQLITE_FILE));
    try {
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      const questions = db.prepare('select question from questions').pluck().all() as string[];
      // At most the batch being written (one flush interval's worth, a second in the bot) is lost.
      expect([lastFlushed, underWay]).toContain(questions.length);
      const numbers = questions.map((q) => Number(q.slice(1))).sort((a, b) => a - b);
      expect(numbers).toEqual(Array.from({ length: questions.length }, (_, i) => i + 1));
      // The counts were written in the same transactions as the rows.
      const counted = db.prepare('select sum(answered) + sum(declined) from daily_counts').pluck().get();
      expect(counted).toBe(questions.length);
    } finally {
      db.close();
    }
  });
});
