/**
 * What recording costs the bot: ns per recordQuestion on the hot path (a push onto the queue), and
 * the main-thread time of one flush of a burst's worth of questions into SQLite (better-sqlite3 runs
 * synchronously). Prints figures; asserts nothing. `npx tsx tests/bench/bench-recorder.ts [--json]`
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pino } from 'pino';
import { openStore } from '../../src/store/open-store.js';
import type { QuestionRecord } from '../../src/store/records.js';

const dir = mkdtempSync(join(tmpdir(), 'qa-bot-bench-recorder-'));
const RECORDS = 200_000;
const BURST = 2_500;

const record = (i: number): QuestionRecord => ({
  at: new Date(),
  guildId: '100000000000000001',
  via: 'command:ask',
  question: `What is question number ${i}?`,
  answered: i % 4 !== 0,
  entryId: 'what-is-gpu',
  passageIds: ['g-gpu', 'p3'],
  confidence: 0.8,
  ms: 0.4,
});

try {
  const store = await openStore({
    enabled: true,
    dataDir: dir,
    databaseUrl: undefined,
    retentionDays: 30,
    storeQuestions: true,
    logger: pino({ level: 'warn' }),
    flushIntervalMs: 3_600_000,
    batchRows: Infinity,
    queueLimit: RECORDS,
  });
  // The records are built beforehand: the question flow builds its own whatever the store does.
  const records = Array.from({ length: RECORDS }, (_, i) => record(i));
  const start = performance.now();
  for (const r of records) store.recordQuestion(r);
  const nsPerRecord = ((performance.now() - start) * 1e6) / RECORDS;
  await store.flush();

  const flushMs: number[] = [];
  for (let round = 0; round < 5; round++) {
    for (let i = 0; i < BURST; i++) store.recordQuestion(record(i));
    const t = performance.now();
    await store.flush();
    flushMs.push(performance.now() - t);
  }
  await store.close();
  flushMs.sort((a, b) => a - b);
  const result = {
    record_question_ns: Math.round(nsPerRecord),
    flush_burst_rows: BURST,
    flush_burst_ms_median: Number((flushMs[2] ?? 0).toFixed(1)),
  };
  if (process.argv.includes('--json')) process.stdout.write(`${JSON.stringify(result)}\n`);
  else
    process.stdout.write(
      `recordQuestion: ${result.record_question_ns} ns per call (queue push)\n` +
        `flush of ${BURST} questions into SQLite: ${result.flush_burst_ms_median} ms (median of 5, main thread)\n`,
    );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
