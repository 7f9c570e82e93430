import { join } from 'node:path';
import { Kysely, sql } from 'kysely';
import type { StoreConfig } from '../config/parse-config.js';
import type { Logger } from '../logging/logger.js';
import { describePostgresUrl, openPostgresDatabase, redactPostgresUrl } from './postgres-database.js';
import { openSqliteDatabase, SQLITE_FILE } from './sqlite-database.js';
import type { StoreTables } from './store-schema.js';

/** A database handle for the store, with what messages may say about it. */
export interface OpenedDatabase {
  readonly db: Kysely<StoreTables>;
  /** Where it is, for messages: a file path, or host/port/database (never a user or password). */
  readonly where: string;
  /** Strips anything secret (DATABASE_URL, its password) from a driver's message. */
  readonly redact: (text: string) => string;
  /** Start-up is over: switch to running settings. */
  readonly settle: () => void;
  /** Throws when the database can no longer keep what is written (the SQLite file was deleted). */
  readonly checkFile?: () => void;
  /** After a prune that deleted rows: removes their text from the database's files too. */
  readonly reclaim: () => Promise<void>;
}

/** PostgreSQL when DATABASE_URL is set, else the SQLite file under DATA_DIR. Throws the driver's error. */
export function openDatabase(config: StoreConfig, logger: Logger): OpenedDatabase {
  const url = config.databaseUrl;
  if (url !== undefined) {
    const db = new Kysely<StoreTables>({ dialect: openPostgresDatabase(url, logger) });
    return {
      db,
      where: describePostgresUrl(url),
      redact: (text) => redactPostgresUrl(text, url),
      settle: () => undefined,
      // A plain VACUUM marks deleted rows' space free but leaves most of their bytes in the table's
      // files; FULL rewrites the tables without them (holding their lock for the rewrite: a flush
      // waits, answering does not). Only after a prune that deleted rows, once a day at most.
      reclaim: async () => {
        await sql`vacuum full questions, votes`.execute(db);
      },
    };
  }
  const sqlite = openSqliteDatabase(config.dataDir);
  return {
    db: new Kysely<StoreTables>({ dialect: sqlite.dialect }),
    where: `the SQLite file ${sqlite.file}`,
    redact: (text) => text,
    settle: sqlite.settle,
    checkFile: sqlite.checkFile,
    reclaim: () => Promise.resolve().then(sqlite.reclaim),
  };
}

/** Where the store would be, for a message about a database that could not even be opened. */
export function describeConfiguredDatabase(config: StoreConfig): string {
  return config.databaseUrl !== undefined
    ? describePostgresUrl(config.databaseUrl)
    : `the SQLite file ${join(config.dataDir, SQLITE_FILE)}`;
}
