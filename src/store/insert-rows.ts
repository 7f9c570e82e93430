import type { Insertable, Transaction } from 'kysely';
import type { QuestionRecord } from './records.js';
import type { DailyCountsTable, QuestionsTable, StoreTables, VotesTable } from './store-schema.js';
import { toStoredText } from './stored-text.js';

/** A vote as it waits in the queue: the voter already hashed, so no user id is kept even in memory. */
export interface PendingVote {
  readonly voter: string;
  readonly at: number;
  readonly guildId: string | null;
  readonly entryId: string;
  readonly question: string;
  readonly vote: 'up' | 'down';
}

/** What one flush writes. */
export interface Batch {
  readonly questions: readonly QuestionRecord[];
  readonly votes: readonly PendingVote[];
}

type Trx = Transaction<StoreTables>;
export type QuestionRow = Insertable<QuestionsTable>;
export type VoteRow = Insertable<VotesTable>;
export type CountRow = Insertable<DailyCountsTable>;

// Well under SQLite's 32,766 and PostgreSQL's 65,535 parameters per statement.
const ROWS_PER_INSERT = 500;

/** A record's time in epoch ms; a broken Date must not fail the whole batch. */
export function timeOf(at: Date): number {
  const ms = at.getTime();
  return Number.isFinite(ms) ? ms : Date.now();
}

/** YYYY-MM-DD (UTC) of an epoch-ms time. */
export function dayOf(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** A question as its row: the text as the store keeps it (toStoredText), numbers finite. */
export function toQuestionRow(record: QuestionRecord): QuestionRow {
  return {
    at: timeOf(record.at),
    guild_id: record.guildId,
    via: record.via,
    question: toStoredText(record.question),
    answered: record.answered ? 1 : 0,
    entry_id: record.entryId,
    passage_ids: JSON.stringify(record.passageIds),
    confidence: finiteOrZero(record.confidence),
    ms: finiteOrZero(record.ms),
  };
}

/** Answered and declined questions per UTC day and guild. */
export function countPerDay(questions: readonly QuestionRecord[]): CountRow[] {
  const counts = new Map<string, { day: string; guild_id: string; answered: number; declined: number }>();
  for (const record of questions) {
    const day = dayOf(timeOf(record.at));
    const guild = record.guildId ?? '';
    const key = `${day} ${guild}`;
    let count = counts.get(key);
    if (count === undefined) counts.set(key, (count = { day, guild_id: guild, answered: 0, declined: 0 }));
    if (record.answered) count.answered += 1;
    else count.declined += 1;
  }
  return [...counts.values()];
}

/** One row per voter (an upsert may not touch a row twice in one statement): the latest press. */
export function toVoteRows(votes: readonly PendingVote[]): VoteRow[] {
  const latest = new Map<string, PendingVote>();
  for (const vote of votes) {
    const seen = latest.get(vote.voter);
    if (seen === undefined || seen.at <= vote.at) latest.set(vote.voter, vote);
  }
  return [...latest.values()].map((vote) => ({
    voter: vote.voter,
    at: vote.at,
    guild_id: vote.guildId,
    entry_id: vote.entryId,
    question: toStoredText(vote.question),
    vote: vote.vote,
  }));
}

export async function insertQuestions(trx: Trx, rows: readonly QuestionRow[]): Promise<void> {
  for (const chunk of chunks(rows)) await trx.insertInto('questions').values(chunk).execute();
}

/** Adds to the day's counts. */
export async function addCounts(trx: Trx, counts: readonly CountRow[]): Promise<void> {
  if (counts.length === 0) return;
  await trx
    .insertInto('daily_counts')
    .values(counts)
    .onConflict((conflict) =>
      conflict.columns(['day', 'guild_id']).doUpdateSet((eb) => ({
        answered: eb('daily_counts.answered', '+', eb.ref('excluded.answered')),
        declined: eb('daily_counts.declined', '+', eb.ref('excluded.declined')),
      })),
    )
    .execute();
}

/** Each voter's latest press replaces an earlier one, never a later one (two shards, a clock step back). */
export async function upsertVotes(trx: Trx, rows: readonly VoteRow[]): Promise<void> {
  for (const chunk of chunks(rows))
    await trx
      .insertInto('votes')
      .values(chunk)
      .onConflict((conflict) =>
        conflict
          .column('voter')
          .doUpdateSet((eb) => ({
            at: eb.ref('excluded.at'),
            guild_id: eb.ref('excluded.guild_id'),
            entry_id: eb.ref('excluded.entry_id'),
            question: eb.ref('excluded.question'),
            vote: eb.ref('excluded.vote'),
          }))
          .where('votes.at', '<=', (eb) => eb.ref('excluded.at')),
      )
      .execute();
}

function* chunks<T>(rows: readonly T[]): Generator<T[]> {
  for (let start = 0; start < rows.length; start += ROWS_PER_INSERT)
    yield rows.slice(start, start + ROWS_PER_INSERT);
}

function finiteOrZero(value: number): number {
  return Number.isFinite(value) ? value : 0;
}
