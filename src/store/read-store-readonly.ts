import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import type { StoreConfig } from '../config/parse-config.js';
import type { Logger } from '../logging/logger.js';
import { checkSchemaReadable } from './migrate-store.js';
import { describePostgresUrl, openPostgresDatabase, redactPostgresUrl } from './postgres-database.js';
import { readActivity } from './read-activity.js';
import type { Activity, ActivityQuery } from './records.js';
import { SQLITE_FILE } from './sqlite-database.js';
import { StoreError } from './store-error.js';
import type { StoreTables } from './store-schema.js';

/**
 * Reads activity from the configured store without writing anything: no folder or file created
 * (a mistyped DATA_DIR is said to hold no store, not given an empty one), SQLite opened read-only
 * (so a store in a folder the reader cannot write is still read), no migration, no pruning.
 * Throws StoreError (one line, no secret) when there is no store or it cannot be read.
 */
export async function readStoreReadOnly(
  config: StoreConfig,
  query: ActivityQuery,
  logger: Logger,
): Promise<Activity> {
  const { db, where, redact, release } = openReadOnly(config, logger);
  try {
    await checkSchemaReadable(db, where);
    return await readActivity(db, query);
  } catch (error) {
    if (error instanceof StoreError) throw error;
    throw new StoreError(`Cannot read ${where}: ${redact(oneLine(error))}`);
  } finally {
    await db.destroy().catch(() => undefined);
    release();
  }
}

function openReadOnly(config: StoreConfig, logger: Logger) {
  const url = config.databaseUrl;
  if (url !== undefined)
    return {
      db: new Kysely<StoreTables>({ dialect: openPostgresDatabase(url, logger) }),
      where: describePostgresUrl(url),
      redact: (text: string) => redactPostgresUrl(text, url),
      release: () => undefined,
    };
  const file = join(config.dataDir, SQLITE_FILE);
  const where = `the SQLite file ${file}`;
  if (!existsSync(file))
    throw new StoreError(`No store at ${file}: the bot has recorded nothing there (is DATA_DIR right?)`);
  let opened: { database: Database.Database; release: () => void };
  try {
    opened = openSqliteReadOnly(file);
  } catch (error) {
    throw new StoreError(`Cannot open ${where}: ${oneLine(error)}`);
  }
  const { database, release } = opened;
  return {
    db: new Kysely<StoreTables>({ dialect: new SqliteDialect({ database }) }),
    where,
    redact: (text: string) => text,
    release,
  };
}

/**
 * The file opened read-only. Reading a WAL-mode file needs its `-shm` beside it, which SQLite creates
 * when missing (the bot is stopped); in a folder the reader cannot write that fails with "attempt to
 * write a readonly database". Then no bot is writing the file (a running one keeps `-shm` there), so
 * a copy made now is consistent, and the copy is read instead (deleted by `release`).
 */
function openSqliteReadOnly(file: string): { database: Database.Database; release: () => void } {
  const database = new Database(file, { readonly: true, fileMustExist: true });
  try {
    database.prepare('select count(*) from sqlite_master').get();
    return { database, release: () => undefined };
  } catch (error) {
    database.close();
    const code = error instanceof Database.SqliteError ? error.code : '';
    if (!code.startsWith('SQLITE_READONLY') && !code.startsWith('SQLITE_CANTOPEN')) throw error;
  }
  const folder = mkdtempSync(join(tmpdir(), 'qa-bot-review-'));
  const release = () => rmSync(folder, { recursive: true, force: true });
  try {
    const copy = join(folder, SQLITE_FILE);
    copyFileSync(file, copy);
    if (existsSync(`${file}-wal`)) copyFileSync(`${file}-wal`, `${copy}-wal`);
    return { database: new Database(copy, { readonly: true, fileMustExist: true }), release };
  } catch (error) {
    release();
    throw error;
  }
}

function oneLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/\s+/g, ' ').trim() || 'unknown error';
}
