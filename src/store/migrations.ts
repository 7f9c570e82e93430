import type { Kysely, Migration } from 'kysely';

// The schema's history, oldest first, defined in code (no folder scanning: dist/ and the sources
// behave alike). Names sort in order; a migration, once released, never changes: add a new one.
// The types are written so SQLite and PostgreSQL read them alike (bigint, integer, double precision).

/** Kysely's Migrator input: name → migration. */
export const MIGRATIONS: Readonly<Record<string, Migration>> = {
  '0001-tables': {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .createTable('store_meta')
        .addColumn('key', 'text', (c) => c.primaryKey())
        .addColumn('value', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('questions')
        .addColumn('at', 'bigint', (c) => c.notNull())
        .addColumn('guild_id', 'text')
        .addColumn('via', 'text', (c) => c.notNull())
        .addColumn('question', 'text', (c) => c.notNull())
        .addColumn('answered', 'integer', (c) => c.notNull())
        .addColumn('entry_id', 'text')
        .addColumn('passage_ids', 'text', (c) => c.notNull())
        .addColumn('confidence', 'double precision', (c) => c.notNull())
        .addColumn('ms', 'double precision', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('votes')
        .addColumn('voter', 'text', (c) => c.primaryKey())
        .addColumn('at', 'bigint', (c) => c.notNull())
        .addColumn('guild_id', 'text')
        .addColumn('entry_id', 'text', (c) => c.notNull())
        .addColumn('question', 'text', (c) => c.notNull())
        .addColumn('vote', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('daily_counts')
        .addColumn('day', 'text', (c) => c.notNull())
        .addColumn('guild_id', 'text', (c) => c.notNull())
        .addColumn('answered', 'integer', (c) => c.notNull())
        .addColumn('declined', 'integer', (c) => c.notNull())
        .addPrimaryKeyConstraint('daily_counts_pk', ['day', 'guild_id'])
        .execute();
    },
  },
  // Retention pruning and the report read rows by time.
  '0002-time-indexes': {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema.createIndex('questions_at').on('questions').column('at').execute();
      await db.schema.createIndex('votes_at').on('votes').column('at').execute();
    },
  },
};
