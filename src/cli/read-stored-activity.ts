import type { Config } from '../config/parse-config.js';
import type { Activity, ActivityQuery } from '../store/records.js';

/**
 * Reads activity from the configured store (DATA_DIR's SQLite file or DATABASE_URL) and closes it.
 * Wired to the store's openStore(...) when the store branch lands; until then it says so (exit 1).
 */
export function readStoredActivity(config: Config, query: ActivityQuery): Promise<Activity> {
  void config;
  void query;
  return Promise.reject(new Error('the activity store is not part of this build yet'));
}
