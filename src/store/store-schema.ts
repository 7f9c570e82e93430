import type { ColumnType } from 'kysely';

// The tables as Kysely sees them. Times are epoch milliseconds in a bigint column, which pg reads back
// as a string, so reads go through Number(). Booleans are 0/1 integers: SQLite has no boolean type.

/** A bigint column: written as a number, read back as a number (SQLite) or a string (pg). */
type BigIntColumn = ColumnType<number | string, number, number>;
/** A count or sum: PostgreSQL returns bigint and numeric results as strings. */
export type Counted = number | string | bigint;

/** One question (only while STORE_QUESTIONS is on; pruned after QUESTION_RETENTION_DAYS). */
export interface QuestionsTable {
  at: BigIntColumn;
  guild_id: string | null;
  via: string;
  question: string;
  answered: number;
  entry_id: string | null;
  /** JSON array of passage ids. */
  passage_ids: string;
  confidence: number;
  ms: number;
}

/** One voter's latest vote on one answer; `voter` is HMAC-SHA256(key, userId:messageId) in hex. */
export interface VotesTable {
  voter: string;
  at: BigIntColumn;
  guild_id: string | null;
  entry_id: string;
  question: string;
  vote: 'up' | 'down';
}

/** Answered and declined questions per UTC day and guild ('' for DMs: a key column cannot be null). */
export interface DailyCountsTable {
  day: string;
  guild_id: string;
  answered: number;
  declined: number;
}

/** Settings the store keeps for itself (the voter key). */
export interface StoreMetaTable {
  key: string;
  value: string;
}

/** Every table the store reads and writes. */
export interface StoreTables {
  questions: QuestionsTable;
  votes: VotesTable;
  daily_counts: DailyCountsTable;
  store_meta: StoreMetaTable;
}
