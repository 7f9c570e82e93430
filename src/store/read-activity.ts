import type { Kysely } from 'kysely';
import {
  QUESTION_VIAS,
  type Activity,
  type ActivityQuery,
  type DayCount,
  type QuestionVia,
  type StoredQuestion,
  type VoteTally,
} from './records.js';
import type { StoreTables } from './store-schema.js';
import { dayOf } from './write-batch.js';

const DAY_MS = 86_400_000;

const VIAS: ReadonlySet<string> = new Set(QUESTION_VIAS);

/**
 * The activity of the last `days` UTC days (today included), for one guild or all: per-day counts
 * (zeros included, oldest first), declined questions (newest first) and votes per answered entry.
 */
export async function readActivity(db: Kysely<StoreTables>, query: ActivityQuery): Promise<Activity> {
  const now = (query.now ?? new Date()).getTime();
  const days = Math.max(1, Math.floor(query.days));
  const today = Date.parse(`${dayOf(now)}T00:00:00Z`);
  const from = today - (days - 1) * DAY_MS;
  const until = today + DAY_MS;
  const guild = query.guildId;

  const counts = await db
    .selectFrom('daily_counts')
    .select((eb) => [
      'day',
      eb.fn.sum<number | string>('answered').as('answered'),
      eb.fn.sum<number | string>('declined').as('declined'),
    ])
    .where('day', '>=', dayOf(from))
    .where('day', '<', dayOf(until))
    .$if(guild !== undefined, (qb) => qb.where('guild_id', '=', guild ?? ''))
    .groupBy('day')
    .execute();
  const byDay = new Map(counts.map((row) => [row.day, row]));
  const perDay: DayCount[] = [];
  for (let at = from; at < until; at += DAY_MS) {
    const day = dayOf(at);
    const row = byDay.get(day);
    perDay.push({ day, answered: Number(row?.answered ?? 0), declined: Number(row?.declined ?? 0) });
  }

  const declinedRows = await db
    .selectFrom('questions')
    .select(['at', 'guild_id', 'via', 'question', 'answered', 'entry_id', 'passage_ids', 'confidence'])
    .where('answered', '=', 0)
    .where('at', '>=', from)
    .where('at', '<', until)
    // A kind of question a newer version may add is left out rather than mislabelled.
    .where('via', 'in', QUESTION_VIAS)
    .$if(guild !== undefined, (qb) => qb.where('guild_id', '=', guild ?? ''))
    .orderBy('at', 'desc')
    // Limited here, not after reading: a busy month is far more rows than /stats groups.
    .$if(query.maxDeclined !== undefined, (qb) => qb.limit(query.maxDeclined ?? 0))
    .execute();
  const declined: StoredQuestion[] = [];
  for (const row of declinedRows) {
    // Always true (the query asked for these only); it tells the compiler so.
    if (!isVia(row.via)) continue;
    declined.push({
      at: new Date(Number(row.at)),
      guildId: row.guild_id,
      via: row.via,
      question: row.question,
      answered: row.answered === 1,
      entryId: row.entry_id,
      passageIds: parsePassageIds(row.passage_ids),
      confidence: Number(row.confidence),
    });
  }

  const voteRows = await db
    .selectFrom('votes')
    .select(['entry_id', 'question', 'vote'])
    .where('at', '>=', from)
    .where('at', '<', until)
    .$if(guild !== undefined, (qb) => qb.where('guild_id', '=', guild ?? ''))
    .orderBy('at', 'asc')
    .execute();
  return { perDay, declined, votes: tallyVotes(voteRows) };
}

function tallyVotes(rows: readonly { entry_id: string; question: string; vote: string }[]): VoteTally[] {
  const tallies = new Map<string, { entryId: string; question: string; up: number; down: number }>();
  for (const row of rows) {
    let tally = tallies.get(row.entry_id);
    if (tally === undefined)
      tallies.set(row.entry_id, (tally = { entryId: row.entry_id, question: '', up: 0, down: 0 }));
    // Rows come oldest first: the last one seen is the most recent vote's question.
    tally.question = row.question;
    if (row.vote === 'up') tally.up += 1;
    else if (row.vote === 'down') tally.down += 1;
  }
  return [...tallies.values()].sort(
    (a, b) => b.up + b.down - (a.up + a.down) || a.entryId.localeCompare(b.entryId),
  );
}

function isVia(value: string): value is QuestionVia {
  return VIAS.has(value);
}

function parsePassageIds(text: string): string[] {
  try {
    const value: unknown = JSON.parse(text);
    return Array.isArray(value) ? value.filter((id): id is string => typeof id === 'string') : [];
  } catch {
    return [];
  }
}
