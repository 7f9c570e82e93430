/**
 * A PostgreSQL connection lost while the store holds it (mid-flush: between a transaction's
 * statements) is noted, not thrown: node-postgres emits 'error' on a checked-out client, which its
 * pool listens to only while the client is idle, and an unhandled 'error' ends the process. The
 * outage tests hit this by chance when the server stopped during a timer's flush.
 */
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/store/open-database.js';
import { LogCapture } from '../e2e/support/log-capture.js';
import { useStoreTarget } from './support/store-target.js';

describe('a PostgreSQL connection lost while checked out', () => {
  const target = useStoreTarget('postgres');

  it('is logged, and the process keeps running', async () => {
    const config = await target.fresh();
    const logs = new LogCapture();
    const { db } = openDatabase(config, logs.logger);
    try {
      await db.connection().execute(async (connection) => {
        const { rows } = await sql<{ pid: number }>`select pg_backend_pid() as pid`.execute(connection);
        const pid = rows[0]?.pid;
        expect(pid).toBeTypeOf('number');
        // Another session ends this one, as a server restart or an administrator would.
        await target.client().psql('postgres', `select pg_terminate_backend(${pid})`);
        const lost = await logs.waitFor({ event: 'store', msg: 'Database connection lost' }, 15_000);
        expect(lost['code']).toBe('57P01');
      });
    } finally {
      await db.destroy().catch(() => undefined);
    }
  });
});
