import type { Kysely } from 'kysely';
import type { StoreTables } from './store-schema.js';

const DAY_MS = 86_400_000;

/** How many rows one pruning deleted. */
export interface Pruned {
  readonly questions: number;
  readonly votes: number;
}

/**
 * Deletes question and vote rows older than `retentionDays` before `now` (QUESTION_RETENTION_DAYS).
 * The daily counts stay: they hold no text and no voter.
 */
export async function pruneOldRows(
  db: Kysely<StoreTables>,
  retentionDays: number,
  now: number,
): Promise<Pruned> {
  const cutoff = now - retentionDays * DAY_MS;
  const questions = await db.deleteFrom('questions').where('at', '<', cutoff).executeTakeFirst();
  const votes = await db.deleteFrom('votes').where('at', '<', cutoff).executeTakeFirst();
  return { questions: Number(questions.numDeletedRows), votes: Number(votes.numDeletedRows) };
}
