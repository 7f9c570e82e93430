/**
 * Retention removes a question's text from the database's files, not only from its tables: after a
 * prune, the raw bytes of the SQLite file and its WAL, or of every file of the PostgreSQL database,
 * no longer hold the pruned questions (while the kept ones are still found, so the search works).
 */
import { readdir, readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { StoreConfig } from '../../src/config/parse-config.js';
import { openStore, type Store } from '../../src/store/open-store.js';
import { SQLITE_FILE } from '../../src/store/sqlite-database.js';
import { LogCapture } from '../e2e/support/log-capture.js';
import { question, vote } from './support/records.js';
import { DIALECTS, useStoreTarget, type StoreTarget } from './support/store-target.js';

const DAY_MS = 86_400_000;
const NOW = new Date('2026-12-10T12:00:00Z').getTime();
const PRUNED = 'pruned-secret-question';
const KEPT = 'kept-question';

/** How many times `text` appears in the raw bytes of the store's files (flushed to disk first). */
async function countInFiles(target: StoreTarget, config: StoreConfig, text: string): Promise<number> {
  let files: string[];
  if (config.databaseUrl === undefined) {
    files = [SQLITE_FILE, `${SQLITE_FILE}-wal`].map((name) => join(config.dataDir, name)).filter(existsSync);
  } else {
    const database = new URL(config.databaseUrl).pathname.slice(1);
    const cluster = target.postgres();
    await cluster.psql(database, 'checkpoint');
    const dir = await cluster.psql(
      database,
      "select current_setting('data_directory') || '/base/' || oid from pg_database where datname = current_database()",
    );
    files = (await readdir(dir)).map((name) => join(dir, name));
  }
  let count = 0;
  for (const file of files) count += (await readFile(file)).toString('latin1').split(text).length - 1;
  return count;
}

describe.each(DIALECTS)('retention on %s', (dialect) => {
  // Rows another test's transaction may still see survive VACUUM FULL: the files this test reads are
  // those of a cluster nobody else uses.
  const target = useStoreTarget(dialect, { ownCluster: true });
  const open: Store[] = [];
  afterEach(async () => {
    await Promise.all(open.splice(0).map((store) => store.close()));
  });

  it('leaves no pruned question text in the database files', async () => {
    const config = await target.fresh({ retentionDays: 2 });
    let now = NOW;
    const store = await openStore({
      ...config,
      logger: new LogCapture().logger,
      now: () => now,
      flushIntervalMs: 3_600_000,
    });
    open.push(store);
    const daysAgo = (days: number) => new Date(NOW - days * DAY_MS);
    for (let i = 0; i < 40; i++) {
      store.recordQuestion(question({ at: daysAgo(1.5), question: `${PRUNED} ${i}`, answered: false }));
      store.recordVote(
        vote({ at: daysAgo(1.5), question: `${PRUNED} ${i}`, messageId: `30000000000000${i}` }),
      );
      store.recordQuestion(question({ at: daysAgo(0), question: `${KEPT} ${i}` }));
    }
    await store.flush();
    expect(await countInFiles(target, config, PRUNED)).toBeGreaterThanOrEqual(80);

    // A day later the 1.5-day-old rows are past the 2 days: the daily prune (on the next flush) deletes them.
    now += DAY_MS;
    await store.flush();
    const activity = await store.readActivity({ days: 5, now: new Date(now) });
    expect(activity.declined).toEqual([]);
    expect(activity.votes).toEqual([]);
    expect(await countInFiles(target, config, PRUNED)).toBe(0);
    expect(await countInFiles(target, config, KEPT)).toBeGreaterThanOrEqual(40);
  });
});
