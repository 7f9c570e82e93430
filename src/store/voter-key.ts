import { createHmac, randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { StoreTables } from './store-schema.js';

const VOTER_KEY = 'voter_key';

/**
 * The key votes are hashed with, generated the first time and kept in the store. Two processes
 * starting at once both try to insert theirs; the first wins and both read it back.
 */
export async function loadVoterKey(db: Kysely<StoreTables>): Promise<Buffer> {
  await db
    .insertInto('store_meta')
    .values({ key: VOTER_KEY, value: randomBytes(32).toString('hex') })
    .onConflict((conflict) => conflict.column('key').doNothing())
    .execute();
  const row = await db
    .selectFrom('store_meta')
    .select('value')
    .where('key', '=', VOTER_KEY)
    .executeTakeFirstOrThrow();
  return Buffer.from(row.value, 'hex');
}

/**
 * Who voted on which answer, as a keyed hash: a second press on the same answer replaces the first,
 * and no user id is stored. (Whoever holds the database, key included, could only test a guessed
 * user and message pair, not list who voted.)
 */
export function hashVoter(key: Buffer, userId: string, messageId: string): string {
  return createHmac('sha256', key).update(`${userId}:${messageId}`).digest('hex');
}
