import { DEFAULT_MIGRATION_TABLE, Migrator, sql, type Kysely } from 'kysely';
import { MIGRATIONS } from './migrations.js';
import { StoreError } from './store-error.js';
import type { StoreTables } from './store-schema.js';

/**
 * Brings the schema up to date (Kysely's Migrator, migrations defined in code). Refuses, with a
 * StoreError, a database a newer version of the bot has migrated past what this one knows.
 */
export async function migrateStore(db: Kysely<StoreTables>, where: string): Promise<void> {
  const unknown = (await readExecutedMigrations(db)).filter((name) => !(name in MIGRATIONS));
  if (unknown.length > 0)
    throw new StoreError(
      `${capitalize(where)} was written by a newer version of the bot (schema ${unknown.join(', ')}); ` +
        'upgrade the bot, or set DATA_DIR or DATABASE_URL to another database',
    );
  const migrator = new Migrator({ db, provider: { getMigrations: () => Promise.resolve(MIGRATIONS) } });
  const { error } = await migrator.migrateToLatest();
  if (error !== undefined) throw error instanceof Error ? error : new Error('migration failed');
}

/**
 * For a reader that must not write (the review report): refuses, with a StoreError, a database that
 * holds no store at all, one a newer bot wrote, or one an older bot left unmigrated.
 */
export async function checkSchemaReadable(db: Kysely<StoreTables>, where: string): Promise<void> {
  const executed = await readExecutedMigrations(db);
  if (executed.length === 0)
    throw new StoreError(`${capitalize(where)} holds no store: the bot has recorded nothing there`);
  if (executed.some((name) => !(name in MIGRATIONS)))
    throw new StoreError(`${capitalize(where)} was written by a newer version of the bot; upgrade this one`);
  if (Object.keys(MIGRATIONS).some((name) => !executed.includes(name)))
    throw new StoreError(
      `${capitalize(where)} was written by an older version of the bot; start the bot once to upgrade it`,
    );
}

/** The names of the migrations already run, or none when the migration table does not exist yet. */
async function readExecutedMigrations(db: Kysely<StoreTables>): Promise<string[]> {
  const tables = await db.introspection.getTables({ withInternalKyselyTables: true });
  if (!tables.some((table) => table.name === DEFAULT_MIGRATION_TABLE && !table.isView)) return [];
  const { rows } = await sql<{
    name: string;
  }>`select name from ${sql.table(DEFAULT_MIGRATION_TABLE)}`.execute(db);
  return rows.map((row) => row.name);
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
