/**
 * One throwaway PostgreSQL cluster for the whole end-to-end run, started by the project's global
 * setup (tests/e2e/support/global-setup.ts) and deleted after it: each storage test gets a database of
 * its own in it (store-target.ts) instead of running initdb per file. Tests that stop the server
 * start a cluster of their own.
 */
import type { TestProject } from 'vitest/node';
import { startPostgres, type PostgresAddress, type TestPostgres } from './start-postgres.js';

/** What the global setup hands the test files: the cluster's address, or why it could not start. */
export type SharedPostgres = PostgresAddress | { readonly error: string };

declare module 'vitest' {
  export interface ProvidedContext {
    sharedPostgres: SharedPostgres;
  }
}

/**
 * Starts the cluster and provides its address; a cluster that cannot start (no PostgreSQL installed)
 * fails only the tests that use it, with startPostgres's message. Returns the teardown.
 */
export async function provideSharedPostgres(project: TestProject): Promise<() => Promise<void>> {
  let cluster: TestPostgres;
  try {
    cluster = await startPostgres();
  } catch (error) {
    project.provide('sharedPostgres', { error: error instanceof Error ? error.message : String(error) });
    return () => Promise.resolve();
  }
  project.provide('sharedPostgres', { port: cluster.port });
  return () => cluster.destroy();
}
