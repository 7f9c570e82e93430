import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { StoreConfig } from '../../src/config/parse-config.js';
import { openStore } from '../../src/store/open-store.js';
import { SQLITE_FILE } from '../../src/store/sqlite-database.js';
import { LEVEL, LogCapture } from '../e2e/support/log-capture.js';
import { question } from './support/records.js';
import { DIALECTS, useStoreTarget, type StoreTarget } from './support/store-target.js';

/** Takes the database away, and gives it back. */
interface Outage {
  begin(): Promise<void>;
  end(): Promise<void>;
}

/** PostgreSQL: the server stops as in a crash. SQLite: another process holds the write lock. */
function outageOf(dialect: (typeof DIALECTS)[number], target: StoreTarget, config: StoreConfig): Outage {
  if (dialect === 'postgres')
    return { begin: () => target.postgres().stop(), end: () => target.postgres().start() };
  let holder: Database.Database | undefined;
  return {
    begin() {
      holder = new Database(join(config.dataDir, SQLITE_FILE));
      holder.exec('begin exclusive');
      return Promise.resolve();
    },
    end() {
      holder?.exec('rollback');
      holder?.close();
      return Promise.resolve();
    },
  };
}

describe.each(DIALECTS)('the %s database vanishing mid-run', (dialect) => {
  // The PostgreSQL outage stops the server: a cluster of this block's own.
  const target = useStoreTarget(dialect, { ownCluster: true });

  it('keeps recording at once, counts what it loses, warns once, and recovers', async () => {
    const config = await target.fresh();
    const logs = new LogCapture();
    const store = await openStore({ ...config, logger: logs.logger });
    const outage = outageOf(dialect, target, config);
    const record = (count: number) => {
      for (let i = 0; i < count; i++) expect(store.recordQuestion(question())).toBeUndefined();
    };

    record(5);
    await store.flush();
    await outage.begin();
    record(7);
    await store.flush();
    record(4);
    await store.flush();
    expect(store.dropped).toBe(11);
    const warnings = logs.find({ event: 'store', level: LEVEL.warn });
    expect(warnings).toHaveLength(1);
    expect(warnings[0]?.msg).toMatch(/Storage failed/);

    await outage.end();
    record(3);
    await store.flush();
    await logs.waitFor({ msg: 'Storage is back; recording resumes', dropped: 11 });
    expect(store.dropped).toBe(11);
    const activity = await store.readActivity({ days: 2 });
    expect(activity.perDay.reduce((total, day) => total + day.answered, 0)).toBe(8);
    await store.close();
  });

  it('warns once per outage and says it is back only after a write succeeds, not after an empty flush', async () => {
    const config = await target.fresh();
    const logs = new LogCapture();
    // The test flushes; the timer (whose flushes are mostly empty) is the second flush of each round.
    const store = await openStore({ ...config, logger: logs.logger, flushIntervalMs: 3_600_000 });
    const outage = outageOf(dialect, target, config);
    const said = () =>
      logs
        .find({ event: 'store' })
        .filter((r) => r.level >= LEVEL.info)
        .map((r) => r.msg)
        .filter((msg) => msg !== 'Storage ready');
    const FAILED = 'Storage failed: recording is dropped (and counted) until it is back';
    const BACK = 'Storage is back; recording resumes';

    await outage.begin();
    for (let i = 0; i < 3; i++) {
      store.recordQuestion(question());
      await store.flush();
      await store.flush();
    }
    expect(said()).toEqual([FAILED]);
    await outage.end();
    await store.flush();
    expect(said()).toEqual([FAILED]);
    store.recordQuestion(question());
    await store.flush();
    expect(said()).toEqual([FAILED, BACK]);
    expect(logs.find({ msg: BACK })[0]).toMatchObject({ dropped: 3 });

    // Stopped during the next outage: one more warning, and no "back" from the last, empty, flush.
    await outage.begin();
    store.recordQuestion(question());
    await store.flush();
    await store.close();
    await outage.end();
    expect(said()).toEqual([FAILED, BACK, FAILED]);
    expect(store.dropped).toBe(4);
  });
});
