import type { DayCount, VoteTally } from '../store/records.js';

/** The passage a group of declined questions comes closest to. */
export interface GroupClosest {
  readonly passageId: string;
  /** The question of the entry the engine ranks first, e.g. "What does Trainium cost?". */
  readonly question: string;
}

/** Declined questions worded alike (by the engine's reading), with the passage they come closest to. */
export interface DeclinedGroup {
  readonly count: number;
  /** Up to three distinct wordings, the most asked first. */
  readonly examples: readonly string[];
  /** Every distinct wording, the most asked first (for `--suggest`). */
  readonly wordings: readonly string[];
  readonly closest: GroupClosest | null;
}

/** What the review report and /stats show: totals, declined questions grouped, disliked answers, days. */
export interface Review {
  readonly days: number;
  /** undefined: every guild and DMs. */
  readonly guildId: string | undefined;
  readonly questions: number;
  readonly answered: number;
  readonly declined: number;
  /** answered / questions, or null when nothing was asked. */
  readonly answerRate: number | null;
  /** How many of the declined questions were kept with their text (STORE_QUESTIONS, retention). */
  readonly declinedWithText: number;
  readonly feedback: { readonly up: number; readonly down: number };
  /** Largest first. */
  readonly declinedGroups: readonly DeclinedGroup[];
  /** Answers with at least one 👎, most 👎 first. */
  readonly mostDisliked: readonly VoteTally[];
  /** Oldest first. */
  readonly perDay: readonly DayCount[];
}

/** What to report on, and how much of it. */
export interface ReviewOptions {
  readonly days: number;
  readonly guildId?: string;
  /** Default: every group. */
  readonly maxGroups?: number;
  /** Default: 10. */
  readonly maxDisliked?: number;
}
