import type { Config } from '../config/parse-config.js';
import { createLogger } from '../logging/logger.js';
import { openStore } from '../store/open-store.js';
import type { Activity, ActivityQuery } from '../store/records.js';

/**
 * Reads activity from the configured store (DATA_DIR's SQLite file or DATABASE_URL) and closes it.
 * Throws (one-line message) when storage is off or the store cannot be opened.
 */
export async function readStoredActivity(config: Config, query: ActivityQuery): Promise<Activity> {
  if (!config.store.enabled) throw new Error('storage is off (STORAGE=off): nothing was kept');
  // Warnings to stderr: stdout carries the report (or its JSON).
  const store = await openStore({ ...config.store, logger: createLogger({ level: 'warn', fd: 2 }) });
  try {
    return await store.readActivity(query);
  } finally {
    await store.close();
  }
}
