import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/open-store.js';
import { LogCapture } from '../e2e/support/log-capture.js';
import type { ChildPlan } from './support/record-child.js';
import { withRaw } from './support/raw-database.js';
import { DIALECTS, useStoreTarget } from './support/store-target.js';

const CHILD = 'tests/store/support/record-child.ts';
const ROUNDS = 20;
const QUESTIONS_PER_ROUND = 100;
const VOTERS_PER_ROUND = 10;

/** Runs one recording process to its end; resolves with what it printed. */
function runChild(plan: ChildPlan): Promise<{ dropped: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, JSON.stringify(plan)], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (err += chunk));
    child.once('error', reject);
    child.once('close', (code) => {
      if (code === 0) resolve(JSON.parse(out) as { dropped: number });
      else reject(new Error(`recording child exited ${String(code)}:\n${err}`));
    });
  });
}

describe.each(DIALECTS)('two bot processes (two shards) writing one %s store at once', (dialect) => {
  const target = useStoreTarget(dialect);

  it('lose nothing: every question, every vote counted once, from an empty database both migrate', async () => {
    const config = await target.fresh();
    // Both open the store at the same moment: their migrations race too.
    const startAt = Date.now() + 3_000;
    const plan = {
      config,
      startAt,
      rounds: ROUNDS,
      questionsPerRound: QUESTIONS_PER_ROUND,
      votersPerRound: VOTERS_PER_ROUND,
    };
    const results = await Promise.all([
      runChild({ ...plan, label: '1001' }),
      runChild({ ...plan, label: '1002' }),
    ]);
    expect(results).toEqual([{ dropped: 0 }, { dropped: 0 }]);

    const logs = new LogCapture();
    const store = await openStore({ ...config, logger: logs.logger });
    // Two days: the children may have run either side of midnight (UTC).
    const activity = await store.readActivity({ days: 2 });
    await store.close();
    const perProcess = (ROUNDS * QUESTIONS_PER_ROUND) / 2;
    const sum = (key: 'answered' | 'declined') => activity.perDay.reduce((total, day) => total + day[key], 0);
    expect([sum('answered'), sum('declined')]).toEqual([2 * perProcess, 2 * perProcess]);
    expect(activity.declined).toHaveLength(2 * perProcess);
    const voters = ROUNDS * VOTERS_PER_ROUND;
    expect(activity.votes).toEqual([
      { entryId: 'what-is-gpu', question: 'What is a GPU?', up: voters, down: voters },
    ]);
    const rows = await withRaw(config, async (db) => ({
      questions: (await db.selectFrom('questions').select('question').execute()).length,
      votes: (await db.selectFrom('votes').select('voter').execute()).length,
    }));
    expect(rows).toEqual({ questions: 4 * perProcess, votes: 2 * voters });
  });
});
