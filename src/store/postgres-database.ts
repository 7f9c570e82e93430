import { PostgresDialect } from 'kysely';
import type { Pool } from 'pg';
import type { Logger } from '../logging/logger.js';

// Bounded waits: a flush against a vanished server fails within seconds instead of hanging shutdown.
const CONNECT_TIMEOUT_MS = 3_000;
const STATEMENT_TIMEOUT_MS = 10_000;

/**
 * A PostgreSQL pool for the store, as a Kysely dialect. Connects lazily (the first query), and loads
 * the driver only then: a bot on SQLite does not pay for loading pg (about 0.1 s of CPU a process).
 */
export function openPostgresDatabase(url: string, logger: Logger): PostgresDialect {
  return new PostgresDialect({ pool: () => createPool(url, logger) });
}

async function createPool(url: string, logger: Logger): Promise<Pool> {
  const { default: pg } = await import('pg');
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
  // The pool listens only while a connection is idle: one lost while the store holds it (between a
  // flush's statements) emits 'error' on the client, which would end the process just the same. The
  // statement that fails reports the outage; this only notes the connection.
  pool.on('connect', (client) =>
    client.on('error', (error) =>
      logger.debug({ event: 'store', code: codeOf(error) }, 'Database connection lost'),
    ),
  );
  return pool;
}

function codeOf(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string'
    ? error.code
    : undefined;
}

/** Where a PostgreSQL URL points, for messages: host, port and database, never the user or password. */
export function describePostgresUrl(url: string): string {
  const parsed = parseUrl(url);
  if (parsed === null) return 'the PostgreSQL database in DATABASE_URL';
  const database = decodeOrKeep(parsed.pathname.replace(/^\//, '')) || '(default database)';
  return `the PostgreSQL database ${database} at ${parsed.hostname}:${parsed.port || '5432'}`;
}

/**
 * Removes the URL and its password from a driver's message, should one ever echo them. Never
 * throws, whatever the URL holds: it runs while reporting another error, which it must not replace.
 */
export function redactPostgresUrl(text: string, url: string): string {
  const parsed = parseUrl(url);
  const password = parsed?.password ?? '';
  const secrets = [url, password, decodeOrKeep(password)].filter((s) => s.length > 0);
  // Longest first, so a password inside the URL never leaves the rest of the URL behind.
  secrets.sort((a, b) => b.length - a.length);
  return secrets.reduce((out, secret) => out.split(secret).join('[redacted]'), text);
}

function parseUrl(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** Percent-decoded, or as it is when it does not decode (a `%` that starts no escape). */
function decodeOrKeep(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
