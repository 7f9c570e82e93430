import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import {
  CompiledQuery,
  SqliteAdapter,
  SqliteDialect,
  SqliteDriver,
  type DatabaseConnection,
  type DialectAdapter,
  type Driver,
  type SqliteDialectConfig,
} from 'kysely';

/** The file the store keeps under DATA_DIR. */
export const SQLITE_FILE = 'bot.sqlite';

// better-sqlite3 runs on the main thread, so a lock held by another process stalls answering while it
// waits. At start nothing is being answered and two shards may migrate at once: wait long. Running,
// another shard's flush holds the lock for milliseconds: a short wait is plenty, and a longer hold
// (someone's open write transaction) costs a dropped batch rather than a frozen bot.
const START_BUSY_TIMEOUT_MS = 10_000;
const RUNNING_BUSY_TIMEOUT_MS = 1_000;

/** An SQLite file opened for the store, and how to switch it to running mode once migrated. */
export interface SqliteDatabase {
  readonly dialect: SqliteDialect;
  readonly file: string;
  /** Called once start-up is done: shortens the wait for another process's lock. */
  readonly settle: () => void;
}

/**
 * Opens (creating if missing) DATA_DIR/bot.sqlite in WAL mode, so several processes (shards) can
 * write one file and readers never block them. Throws the driver's error for an unopenable file.
 */
export function openSqliteDatabase(dataDir: string): SqliteDatabase {
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, SQLITE_FILE);
  const database = new Database(file, { timeout: START_BUSY_TIMEOUT_MS });
  try {
    // Also the first read of the file: "file is not a database" surfaces here, at start.
    retryWhileBusy(() => database.pragma('journal_mode = WAL'));
    // In WAL mode NORMAL survives a process crash (kill -9); only a power loss can cost the last commits.
    retryWhileBusy(() => database.pragma('synchronous = NORMAL'));
  } catch (error) {
    database.close();
    throw error;
  }
  return {
    dialect: new SharedFileSqliteDialect({ database }),
    file,
    settle: () => database.pragma(`busy_timeout = ${RUNNING_BUSY_TIMEOUT_MS}`),
  };
}

/**
 * Runs a start-up statement again while another process holds the lock it needs. Switching a new file
 * to WAL takes an exclusive lock, and SQLite answers SQLITE_BUSY at once, without its busy handler,
 * when two processes (shards) create the file at the same moment. Blocking is fine here: nothing is
 * being answered yet.
 */
function retryWhileBusy<T>(work: () => T): T {
  const deadline = Date.now() + START_BUSY_TIMEOUT_MS;
  const pause = new Int32Array(new SharedArrayBuffer(4));
  for (;;) {
    try {
      return work();
    } catch (error) {
      const busy = error instanceof Database.SqliteError && error.code.startsWith('SQLITE_BUSY');
      if (!busy || Date.now() >= deadline) throw error;
      Atomics.wait(pause, 0, 0, 20);
    }
  }
}

/**
 * Kysely's SQLite dialect, for a file other processes write too: transactions begin IMMEDIATE (the
 * write lock is taken, waiting up to the busy timeout, before anything is read, so a transaction never
 * fails half-way on a stale snapshot), and migrations run in one such transaction, so two processes
 * starting at once migrate one after the other.
 */
class SharedFileSqliteDialect extends SqliteDialect {
  readonly #config: SqliteDialectConfig;

  constructor(config: SqliteDialectConfig) {
    super(config);
    this.#config = config;
  }

  override createDriver(): Driver {
    return new ImmediateSqliteDriver(this.#config);
  }

  override createAdapter(): DialectAdapter {
    return new TransactionalSqliteAdapter();
  }
}

class ImmediateSqliteDriver extends SqliteDriver {
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'));
  }
}

class TransactionalSqliteAdapter extends SqliteAdapter {
  // SQLite's DDL is transactional; Kysely's adapter says false only because it takes no lock.
  override get supportsTransactionalDdl(): boolean {
    return true;
  }
}
