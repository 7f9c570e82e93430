import { sql, type Kysely, type Transaction } from 'kysely';
import { isRowError } from './describe-store-error.js';
import {
  addCounts,
  countPerDay,
  insertQuestions,
  upsertVotes,
  type QuestionRow,
  type VoteRow,
} from './insert-rows.js';
import type { QuestionRecord } from './records.js';
import type { StoreTables } from './store-schema.js';

/** Rows the database refused for their values, and why (the first refusal). */
export interface Refused {
  readonly count: number;
  readonly error?: unknown;
}

/**
 * The slow path of a batch one of whose rows the database refused: one transaction, each row in a
 * savepoint of its own, a refused row rolled back alone and left out (with its question's count, so
 * what is counted is what is kept). A failure that is not about a row's values fails it all.
 * `rows`: the question rows, one per record, or undefined when only the counts are kept.
 */
export async function writeRowByRow(
  db: Kysely<StoreTables>,
  records: readonly QuestionRecord[],
  rows: readonly QuestionRow[] | undefined,
  votes: readonly VoteRow[],
): Promise<Refused> {
  return db.transaction().execute(async (trx) => {
    const refusals: unknown[] = [];
    const alone = (write: () => Promise<void>) => writeAlone(trx, write, refusals);
    const kept: QuestionRecord[] = [];
    for (const [i, record] of records.entries()) {
      const row = rows?.[i];
      if (row === undefined || (await alone(() => insertQuestions(trx, [row])))) kept.push(record);
    }
    await addCounts(trx, countPerDay(kept));
    for (const vote of votes) await alone(() => upsertVotes(trx, [vote]));
    return refusals.length === 0 ? { count: 0 } : { count: refusals.length, error: refusals[0] };
  });
}

/** Runs one row's write in a savepoint; true if kept, false (and the refusal noted) if refused for its values. */
async function writeAlone(
  trx: Transaction<StoreTables>,
  write: () => Promise<void>,
  refusals: unknown[],
): Promise<boolean> {
  await sql`savepoint store_row`.execute(trx);
  try {
    await write();
  } catch (error) {
    if (!isRowError(error)) throw error;
    await sql`rollback to savepoint store_row`.execute(trx);
    refusals.push(error);
    return false;
  }
  await sql`release savepoint store_row`.execute(trx);
  return true;
}
