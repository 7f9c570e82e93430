import type { Kysely } from 'kysely';
import type { Logger } from '../logging/logger.js';
import { describeStoreError } from './describe-store-error.js';
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

/**
 * Prunes, then, if rows were deleted, removes their text from the database's files (`reclaim`): a
 * deleted row is otherwise only unlinked, and its text stays readable in the file until overwritten.
 * A failed reclaim is logged, not thrown: the rows are gone from the tables either way.
 */
export async function pruneAndReclaim(
  db: Kysely<StoreTables>,
  settings: {
    readonly retentionDays: number;
    readonly logger: Logger;
    readonly redact: (text: string) => string;
  },
  now: number,
  reclaim: () => Promise<void>,
): Promise<Pruned> {
  const pruned = await pruneOldRows(db, settings.retentionDays, now);
  if (pruned.questions + pruned.votes > 0)
    await reclaim().catch((error: unknown) =>
      settings.logger.warn(
        { event: 'store', error: settings.redact(describeStoreError(error)) },
        'Pruned rows are deleted, but their text may stay in the database files until the next prune',
      ),
    );
  return pruned;
}
