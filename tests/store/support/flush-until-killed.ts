/**
 * Records batches of numbered questions into an SQLite store and flushes each, saying so on stdout
 * (`flushing N` before, `flushed N` after, N the last question's number), until it is killed.
 * argv[2]: the data folder; argv[3]: questions per batch.
 */
import { pino } from 'pino';
import { openStore } from '../../../src/store/open-store.js';
import { question } from './records.js';

const dataDir = process.argv[2] ?? '';
const batch = Number(process.argv[3]);
const store = await openStore({
  enabled: true,
  dataDir,
  databaseUrl: undefined,
  retentionDays: 30,
  storeQuestions: true,
  logger: pino({ level: 'warn' }, pino.destination(2)),
  // Only the flushes below write, so the parent knows when one is under way.
  flushIntervalMs: 3_600_000,
  batchRows: Infinity,
  queueLimit: batch,
});
let seq = 0;
for (;;) {
  for (let i = 0; i < batch; i++)
    store.recordQuestion(question({ question: `q${++seq}`, answered: seq % 3 !== 0 }));
  // Pipes are written synchronously on Linux: the parent can read this while the flush runs.
  process.stdout.write(`flushing ${seq}\n`);
  await store.flush();
  process.stdout.write(`flushed ${seq}\n`);
}
