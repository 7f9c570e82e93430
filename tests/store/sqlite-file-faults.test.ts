/**
 * What the SQLite file can do to a running store, said truthfully: deleted under it, rows written
 * would be lost with the unlinked file, so they are counted as dropped, never reported stored; full
 * (SQLITE_FULL, made here with max_page_count), the cause is named, not "cannot rollback", and no
 * false "back" follows.
 */
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { createStore, type Store } from '../../src/store/create-store.js';
import { migrateStore } from '../../src/store/migrate-store.js';
import { openDatabase } from '../../src/store/open-database.js';
import { openStore } from '../../src/store/open-store.js';
import { SQLITE_FILE } from '../../src/store/sqlite-database.js';
import { LEVEL, LogCapture } from '../e2e/support/log-capture.js';
import { question } from './support/records.js';
import { useStoreTarget } from './support/store-target.js';

const BACK = 'Storage is back; recording resumes';
const FAILED = 'Storage failed: recording is dropped (and counted) until it is back';

describe('the SQLite file under a running store', () => {
  const target = useStoreTarget('sqlite');
  const open: Store[] = [];
  afterEach(async () => {
    await Promise.all(open.splice(0).map((store) => store.close()));
  });
  const said = (logs: LogCapture) =>
    logs
      .find({ event: 'store' })
      .filter((r) => r.level >= LEVEL.info && r.msg !== 'Storage ready')
      .map((r) => [r.msg, r['error']]);
  const record = (store: Store, count: number) => {
    for (let i = 0; i < count; i++) store.recordQuestion(question({ question: `What is a GPU? (${i})` }));
  };

  it('deleted: warns once, naming the file, and counts every later row as dropped', async () => {
    const config = await target.fresh();
    const logs = new LogCapture();
    const store = await openStore({ ...config, logger: logs.logger, flushIntervalMs: 3_600_000 });
    open.push(store);
    record(store, 10);
    await store.flush();
    expect(store.dropped).toBe(0);

    const file = join(config.dataDir, SQLITE_FILE);
    await rm(file);
    record(store, 25);
    await store.flush();
    await store.flush(); // the timer's, with nothing queued: proves nothing
    record(store, 5);
    await store.flush();
    expect(store.dropped).toBe(30);
    expect(said(logs)).toEqual([
      [
        FAILED,
        `${file} was deleted while the bot ran, so nothing written to it would be kept; ` +
          'restart the bot to store questions again (it creates a new file)',
      ],
    ]);
  });

  it('full: names SQLITE_FULL, warns once, and says "back" only once a write succeeds', async () => {
    const config = await target.fresh();
    const logs = new LogCapture();
    const opened = openDatabase(config, logs.logger);
    await migrateStore(opened.db, opened.where);
    const settings = { ...config, logger: logs.logger, flushIntervalMs: 3_600_000 };
    const store = createStore({ ...opened, voterKey: Buffer.alloc(32) }, settings);
    open.push(store);
    const pages = await sql<{ page_count: number }>`pragma page_count`.execute(opened.db);
    const full = (pages.rows[0]?.page_count ?? 0) + 2;
    // SQLite's own limit on the file's size: past it, a write fails with SQLITE_FULL as on a full disk.
    await sql.raw(`pragma max_page_count = ${full}`).execute(opened.db);

    const long = 'GPU '.repeat(900);
    for (let i = 0; i < 50; i++) store.recordQuestion(question({ question: `${long}${i}` }));
    await store.flush();
    await store.flush();
    for (let i = 0; i < 50; i++) store.recordQuestion(question({ question: `${long}${i}` }));
    await store.flush();
    expect(store.dropped).toBe(100);
    expect(said(logs)).toEqual([[FAILED, 'database or disk is full (SQLITE_FULL)']]);

    await sql.raw(`pragma max_page_count = ${full + 1000}`).execute(opened.db);
    await store.flush();
    expect(said(logs).map(([msg]) => msg)).toEqual([FAILED]);
    record(store, 1);
    await store.flush();
    expect(said(logs).map(([msg]) => msg)).toEqual([FAILED, BACK]);
    expect(store.dropped).toBe(100);
  });
});
