import type { Config } from '../config/parse-config.js';
import type { Logger } from '../logging/logger.js';
import { openStore, type Store } from './open-store.js';
import type { Recorder } from './records.js';

/**
 * The store a bot or endpoint process records into, opened from the config; none when a test hands
 * its own recorder or STORAGE=off. Throws StoreError (one line) when the database cannot be used.
 */
export async function openConfiguredStore(
  config: Config,
  ownRecorder: Recorder | undefined,
  logger: Logger,
): Promise<Store | undefined> {
  if (ownRecorder !== undefined || !config.store.enabled) return undefined;
  return openStore({ ...config.store, logger });
}
