// Activity values as the store hands them to the report, built from a few lines of test data.
import type { Activity, DayCount, StoredQuestion, VoteTally } from '../../src/store/records.js';

export const TODAY = '2025-05-20';

/** `days` UTC days up to TODAY, oldest first, zeros except where `counts` says. */
export function perDay(days: number, counts: Record<string, [number, number]> = {}): DayCount[] {
  const end = Date.parse(`${TODAY}T00:00:00Z`);
  return Array.from({ length: days }, (_, i) => {
    const day = new Date(end - (days - 1 - i) * 86_400_000).toISOString().slice(0, 10);
    const [answered, declined] = counts[day] ?? [0, 0];
    return { day, answered, declined };
  });
}

/** Declined questions as stored, newest first (the order the store returns). */
export function declined(questions: readonly string[], guildId: string | null = '1'): StoredQuestion[] {
  const end = Date.parse(`${TODAY}T12:00:00Z`);
  return questions.map((question, i) => ({
    at: new Date(end - i * 60_000),
    guildId,
    via: 'command:ask',
    question,
    answered: false,
    entryId: null,
    passageIds: [],
    confidence: 0,
  }));
}

export function tally(entryId: string, question: string, up: number, down: number): VoteTally {
  return { entryId, question, up, down };
}

/** An Activity whose day counts agree with its declined questions (all asked today). */
export function activityOf(
  declinedQuestions: readonly string[],
  answered: number,
  votes: readonly VoteTally[] = [],
  days = 14,
): Activity {
  return {
    perDay: perDay(days, { [TODAY]: [answered, declinedQuestions.length] }),
    declined: declined(declinedQuestions),
    votes,
  };
}
