/**
 * Vitest global setup of the end-to-end project (vitest.config.ts), before any file runs: builds
 * dist/ (build-dist.ts) while one PostgreSQL cluster for the run starts (shared-postgres.ts).
 */
import type { TestProject } from 'vitest/node';
import { provideSharedPostgres } from '../../support/postgres/shared-postgres.js';
import buildDist from './build-dist.js';

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const [, teardown] = await Promise.all([buildDist(), provideSharedPostgres(project)]);
  return teardown;
}
