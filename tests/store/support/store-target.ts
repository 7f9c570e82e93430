/**
 * The databases the storage suite runs on: a fresh SQLite folder, or a fresh database in a throwaway
 * PostgreSQL cluster started for the file (tests/support/postgres). Hooks are registered by the caller's
 * describe block, so each file starts (and deletes) its own cluster only if it tests PostgreSQL.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import type { StoreConfig } from '../../../src/config/parse-config.js';
import { startPostgres, type TestPostgres } from '../../support/postgres/start-postgres.js';

export const DIALECTS = ['sqlite', 'postgres'] as const;
export type Dialect = (typeof DIALECTS)[number];

/** Fresh, empty databases of one dialect. */
export interface StoreTarget {
  /** A config pointing at a new empty database. */
  fresh(overrides?: Partial<StoreConfig>): Promise<StoreConfig>;
  /** The cluster, for the PostgreSQL target (to stop it, or run psql). */
  postgres(): TestPostgres;
}

/** Registers beforeAll/afterAll hooks in the current describe block and returns the target. */
export function useStoreTarget(dialect: Dialect): StoreTarget {
  let root = '';
  let cluster: TestPostgres | undefined;
  let count = 0;
  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'qa-bot-store-'));
    if (dialect === 'postgres') cluster = await startPostgres();
  });
  afterAll(async () => {
    await cluster?.destroy();
    await rm(root, { recursive: true, force: true });
  });
  return {
    async fresh(overrides = {}) {
      count += 1;
      const base = {
        enabled: true,
        dataDir: join(root, `db${count}`),
        retentionDays: 30,
        storeQuestions: true,
      };
      if (dialect === 'sqlite') return { ...base, databaseUrl: undefined, ...overrides };
      const url = await this.postgres().createDatabase(`db${count}`);
      return { ...base, databaseUrl: url, ...overrides };
    },
    postgres() {
      if (cluster === undefined) throw new Error('no PostgreSQL cluster for this target');
      return cluster;
    },
  };
}
