/** Direct access to a store's tables, to check what is (and is not) kept. */
import { pino } from 'pino';
import type { Kysely } from 'kysely';
import type { StoreConfig } from '../../../src/config/parse-config.js';
import { openDatabase } from '../../../src/store/open-database.js';
import type { StoreTables } from '../../../src/store/store-schema.js';

/** Opens the store's database without migrating or starting anything; the caller destroys it. */
export function openRaw(config: StoreConfig): Kysely<StoreTables> {
  return openDatabase(config, pino({ level: 'silent' })).db;
}

/** Runs `use` on the raw database and closes it. */
export async function withRaw<T>(
  config: StoreConfig,
  use: (db: Kysely<StoreTables>) => Promise<T>,
): Promise<T> {
  const db = openRaw(config);
  try {
    return await use(db);
  } finally {
    await db.destroy();
  }
}
