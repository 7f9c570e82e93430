/**
 * The databases the storage suite runs on: a fresh SQLite folder, or a fresh database in PostgreSQL:
 * the run's shared cluster (tests/support/postgres/shared-postgres.ts), or, for a file that stops and
 * starts the server, a throwaway cluster of its own. Hooks are registered by the caller's describe
 * block.
 */
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, inject } from 'vitest';
import type { StoreConfig } from '../../../src/config/parse-config.js';
import {
  connectPostgres,
  startPostgres,
  type PostgresClient,
  type TestPostgres,
} from '../../support/postgres/start-postgres.js';

export const DIALECTS = ['sqlite', 'postgres'] as const;
export type Dialect = (typeof DIALECTS)[number];

/** Fresh, empty databases of one dialect. */
export interface StoreTarget {
  /** A config pointing at a new empty database. */
  fresh(overrides?: Partial<StoreConfig>): Promise<StoreConfig>;
  /** The cluster of a target with `ownCluster` (to stop it, or run psql). */
  postgres(): TestPostgres;
  /** The cluster the PostgreSQL target's databases are in (to run psql). */
  client(): PostgresClient;
}

export interface StoreTargetOptions {
  /** A PostgreSQL cluster for this describe block alone, which its tests may stop and start. */
  readonly ownCluster?: boolean;
}

/** Registers beforeAll/afterAll hooks in the current describe block and returns the target. */
export function useStoreTarget(dialect: Dialect, options: StoreTargetOptions = {}): StoreTarget {
  let root = '';
  let own: TestPostgres | undefined;
  let shared: PostgresClient | undefined;
  // Database names unique within the shared cluster, whichever file and worker asks.
  const prefix = `t${randomBytes(4).toString('hex')}`;
  let count = 0;
  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'qa-bot-store-'));
    if (dialect !== 'postgres') return;
    if (options.ownCluster) {
      own = await startPostgres();
      return;
    }
    const address = inject('sharedPostgres');
    if ('error' in address) throw new Error(address.error);
    shared = connectPostgres(address);
  });
  afterAll(async () => {
    await own?.destroy();
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
      const url = await this.client().createDatabase(`${prefix}_db${count}`);
      return { ...base, databaseUrl: url, ...overrides };
    },
    postgres() {
      if (own === undefined) throw new Error('no PostgreSQL cluster of its own for this target (ownCluster)');
      return own;
    },
    client() {
      const cluster = own ?? shared;
      if (cluster === undefined) throw new Error('no PostgreSQL cluster for this target');
      return cluster;
    },
  };
}
