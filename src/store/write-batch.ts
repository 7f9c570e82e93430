import type { Kysely } from 'kysely';
import { isRowError } from './describe-store-error.js';
import {
  addCounts,
  countPerDay,
  insertQuestions,
  toQuestionRow,
  toVoteRows,
  upsertVotes,
  type Batch,
} from './insert-rows.js';
import type { StoreTables } from './store-schema.js';
import { writeRowByRow, type Refused } from './write-row-by-row.js';

export { dayOf, timeOf, type Batch, type PendingVote } from './insert-rows.js';
export type { Refused } from './write-row-by-row.js';

/**
 * Writes a batch in one transaction: the daily counts always, question rows and votes only when
 * `storeQuestions`. When the database refuses a row for its values, the batch is written again row by
 * row and only the refused rows are left out (and reported), so one user's text never costs anyone
 * else's. Any other failure rejects, and none of the batch is kept (the caller counts it as dropped).
 */
export async function writeBatch(
  db: Kysely<StoreTables>,
  batch: Batch,
  storeQuestions: boolean,
): Promise<Refused> {
  const questions = storeQuestions ? batch.questions.map(toQuestionRow) : undefined;
  const votes = storeQuestions ? toVoteRows(batch.votes) : [];
  const counts = countPerDay(batch.questions);
  if (counts.length === 0 && votes.length === 0) return { count: 0 };
  try {
    await db.transaction().execute(async (trx) => {
      await insertQuestions(trx, questions ?? []);
      await addCounts(trx, counts);
      await upsertVotes(trx, votes);
    });
    return { count: 0 };
  } catch (error) {
    if (!isRowError(error)) throw error;
    return writeRowByRow(db, batch.questions, questions, votes);
  }
}
