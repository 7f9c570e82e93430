import { PostgresDialect } from 'kysely';
import pg from 'pg';
import type { Logger } from '../logging/logger.js';

// Bounded waits: a flush against a vanished server fails within seconds instead of hanging shutdown.
const CONNECT_TIMEOUT_MS = 3_000;
const STATEMENT_TIMEOUT_MS = 10_000;

/** A PostgreSQL pool for the store, as a Kysely dialect. Connects lazily (the first query). */
export function openPostgresDatabase(url: string, logger: Logger): PostgresDialect {
  const pool = new pg.Pool({
    connectionString: url,
    // One flush at a time plus the odd report: a few connections are plenty, even for many shards.
    max: 3,
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
    idleTimeoutMillis: 30_000,
    statement_timeout: STATEMENT_TIMEOUT_MS,
    query_timeout: STATEMENT_TIMEOUT_MS + 2_000,
    allowExitOnIdle: true,
  });
  // An idle connection whose server went away emits 'error'; unhandled, it would end the process.
  // The next flush reports the outage (once); this only notes it.
  pool.on('error', (error) =>
    logger.debug({ event: 'store', code: codeOf(error) }, 'Idle database connection lost'),
  );
  return new PostgresDialect({ pool });
}

function codeOf(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string'
    ? error.code
    : undefined;
}

/** Where a PostgreSQL URL points, for messages: host, port and database, never the user or password. */
export function describePostgresUrl(url: string): string {
  const parsed = new URL(url);
  const database = decodeURIComponent(parsed.pathname.replace(/^\//, '')) || '(default database)';
  return `the PostgreSQL database ${database} at ${parsed.hostname}:${parsed.port || '5432'}`;
}

/** Removes the URL and its password from a driver's message, should one ever echo them. */
export function redactPostgresUrl(text: string, url: string): string {
  const parsed = new URL(url);
  const secrets = [url, parsed.password, decodeURIComponent(parsed.password)].filter((s) => s.length > 0);
  return secrets.reduce((out, secret) => out.split(secret).join('[redacted]'), text);
}
