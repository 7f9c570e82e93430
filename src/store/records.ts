/**
 * What the bot keeps about the questions it is asked and the votes on its answers, and what the
 * review report reads back. No user ids, names or message contents beyond the question text.
 */

/** How a question can reach the bot (the store keeps one of these per question). */
export const QUESTION_VIAS = [
  'command:ask',
  'command:glossary',
  'context-menu',
  'button:related',
  'mention',
  'dm',
] as const;

/** How a question reached the bot. */
export type QuestionVia = (typeof QUESTION_VIAS)[number];

/** One question, as the question flow hands it to the recorder (never blocks answering). */
export interface QuestionRecord {
  readonly at: Date;
  /** null for DMs. */
  readonly guildId: string | null;
  readonly via: QuestionVia;
  readonly question: string;
  readonly answered: boolean;
  /** The answering (or, when declined, closest) entry. */
  readonly entryId: string | null;
  /** The cited passages, e.g. ["p3", "p4"]. */
  readonly passageIds: readonly string[];
  readonly confidence: number;
  readonly ms: number;
}

/** One press of 👍 or 👎. The voter is kept only as a keyed hash of (userId, messageId). */
export interface VoteRecord {
  readonly at: Date;
  readonly guildId: string | null;
  readonly entryId: string;
  readonly question: string;
  readonly vote: 'up' | 'down';
  /** Hashed with the store's key, never stored. */
  readonly userId: string;
  /** The answer message voted on; hashed with the user id, never stored. */
  readonly messageId: string;
}

/** Where the question flow hands what it saw. Both methods return at once; writes happen later. */
export interface Recorder {
  recordQuestion(record: QuestionRecord): void;
  recordVote(record: VoteRecord): void;
}

/** A recorder that keeps nothing (the offline console, and tests that do not look). */
export const NO_RECORDER: Recorder = {
  recordQuestion() {},
  recordVote() {},
};

/** Which activity a report reads: the last `days` days (UTC, today included), one guild or all. */
export interface ActivityQuery {
  readonly days: number;
  /** undefined: every guild and DMs. */
  readonly guildId?: string;
  /** At most this many declined questions, the most recent (default: all of them). */
  readonly maxDeclined?: number;
  /** The current time (tests pass their own). */
  readonly now?: Date;
}

/** One stored question as the report reads it (only while STORE_QUESTIONS is on and within retention). */
export type StoredQuestion = Omit<QuestionRecord, 'ms'>;

/** Votes per answer: one per voter and message, the latest press counts. */
export interface VoteTally {
  readonly entryId: string;
  /** The question of the most recent vote on this entry. */
  readonly question: string;
  readonly up: number;
  readonly down: number;
}

/** Answered and declined counts of one UTC day (kept even with STORE_QUESTIONS=false). */
export interface DayCount {
  /** YYYY-MM-DD, UTC. */
  readonly day: string;
  readonly answered: number;
  readonly declined: number;
}

/** Everything the review report and /stats are built from. */
export interface Activity {
  /** Oldest first, days with no questions included as zeros. */
  readonly perDay: readonly DayCount[];
  /** Declined questions with their text, newest first. */
  readonly declined: readonly StoredQuestion[];
  readonly votes: readonly VoteTally[];
}

/** Where the review report and /stats read activity from (the store). */
export interface ActivityReader {
  readActivity(query: ActivityQuery): Promise<Activity>;
}
