import type { StoreConfig } from '../config/parse-config.js';
import type { Logger } from '../logging/logger.js';
import { createStore, type Store, type StoreSettings } from './create-store.js';
import { migrateStore } from './migrate-store.js';
import { describeConfiguredDatabase, openDatabase, type OpenedDatabase } from './open-database.js';
import { pruneAndReclaim } from './prune-old-rows.js';
import { StoreError } from './store-error.js';
import { loadVoterKey } from './voter-key.js';

export type { Store } from './create-store.js';

/** What openStore needs: the config's store settings, the logger, and the tests' seams. */
export type StoreOptions = StoreConfig &
  StoreSettings & {
    readonly logger: Logger;
    /**
     * Default true. A reader (the review report) passes false: retention is the bot's setting to
     * apply, and a report run with another QUESTION_RETENTION_DAYS must not delete the bot's rows.
     */
    readonly prune?: boolean;
  };

/**
 * Opens the store: the SQLite file under DATA_DIR (created if missing) or DATABASE_URL's PostgreSQL,
 * migrated to the current schema, the voter key loaded, old rows pruned. Throws StoreError (one line,
 * no secret) when the database cannot be opened or a newer version of the bot wrote it.
 */
export async function openStore(options: StoreOptions): Promise<Store> {
  let opened: OpenedDatabase;
  try {
    opened = openDatabase(options, options.logger);
  } catch (error) {
    throw new StoreError(`Cannot open ${describeConfiguredDatabase(options)}: ${oneLine(error)}`);
  }
  const { db, where, redact, reclaim, checkFile } = opened;
  try {
    await migrateStore(db, where);
    const voterKey = await loadVoterKey(db);
    if (options.prune !== false)
      await pruneAndReclaim(db, { ...options, redact }, (options.now ?? Date.now)(), reclaim);
    opened.settle();
    options.logger.info({ event: 'store', where }, 'Storage ready');
    return createStore(
      { db, where, redact, voterKey, reclaim, ...(checkFile ? { checkFile } : {}) },
      options,
    );
  } catch (error) {
    await db.destroy().catch(() => undefined);
    if (error instanceof StoreError) throw error;
    throw new StoreError(`Cannot open ${where}: ${redact(oneLine(error))}`);
  }
}

function oneLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/\s+/g, ' ').trim() || 'unknown error';
}
