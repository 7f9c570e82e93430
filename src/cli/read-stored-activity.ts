import type { Config } from '../config/parse-config.js';
import { createLogger } from '../logging/logger.js';
import { readStoreReadOnly } from '../store/read-store-readonly.js';
import type { Activity, ActivityQuery } from '../store/records.js';

/**
 * Reads activity from the configured store (DATA_DIR's SQLite file or DATABASE_URL), read-only.
 * Throws (one-line message) when storage is off, or there is no store, or it cannot be read.
 */
export async function readStoredActivity(config: Config, query: ActivityQuery): Promise<Activity> {
  if (!config.store.enabled) throw new Error('storage is off (STORAGE=off): nothing was kept');
  // Warnings to stderr: stdout carries the report (or its JSON).
  return readStoreReadOnly(config.store, query, createLogger({ level: 'warn', fd: 2 }));
}
