import { mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { SqliteDialect } from 'kysely';
import { SharedFileSqliteDialect } from './shared-file-sqlite-dialect.js';

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
  /** Throws when the file at the path is no longer the one open (deleted or replaced). */
  readonly checkFile: () => void;
  /** After a prune: copies the WAL into the file and empties it, so pruned text is left in neither. */
  readonly reclaim: () => void;
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
    // Deleted rows (retention) are overwritten with zeros, not only unlinked from the b-tree: their
    // text is not left readable in free space (this connection's deletes; the store is the one that prunes).
    database.pragma('secure_delete = ON');
  } catch (error) {
    database.close();
    throw error;
  }
  const opened = statSync(file);
  return {
    dialect: new SharedFileSqliteDialect(database),
    file,
    settle: () => database.pragma(`busy_timeout = ${RUNNING_BUSY_TIMEOUT_MS}`),
    checkFile() {
      // Rows written to a deleted file are lost when the bot exits: refuse them instead (one stat a flush).
      const now = statSync(file, { throwIfNoEntry: false });
      if (now === undefined || now.ino !== opened.ino || now.dev !== opened.dev)
        throw new Error(
          `${file} was ${now === undefined ? 'deleted' : 'replaced'} while the bot ran, so nothing written ` +
            'to it would be kept; restart the bot to store questions again (it creates a new file)',
        );
    },
    reclaim() {
      // TRUNCATE leaves the WAL empty (the pruned text was in its older frames) unless another
      // process is reading it at that moment: then it stays until the next checkpoint.
      const [result] = database.pragma('wal_checkpoint(TRUNCATE)') as { busy: number }[];
      if (result !== undefined && result.busy !== 0)
        throw new Error(
          'another process was reading, so the WAL keeps pruned text until the next checkpoint',
        );
    },
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
