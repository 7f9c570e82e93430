/** What the activity mix (activity-mix.ts) should add to `qa_bot_questions_total`, in movedBy's keys. */
import { expect, vi } from 'vitest';
import type { QuestionVia } from '../../../src/store/records.js';
import { movedBy, scrape, type Sample } from '../../support/prometheus-text.js';
import type { PlayedQuestion } from './activity-mix.js';

const VIA: Record<PlayedQuestion['planned']['way'], QuestionVia> = {
  ask: 'command:ask',
  'private-ask': 'command:ask',
  mention: 'mention',
  dm: 'dm',
};

/** The questions of `played` that `counts` keeps (default all), as `via=…,outcome=…` → how many. */
export function questionCountsOf(
  played: readonly PlayedQuestion[],
  counts: (question: PlayedQuestion) => boolean = () => true,
): Record<string, number> {
  const expected: Record<string, number> = {};
  for (const question of played.filter(counts)) {
    const key = `via=${VIA[question.planned.way]},outcome=${question.answered ? 'answered' : 'declined'}`;
    expected[key] = (expected[key] ?? 0) + 1;
  }
  return expected;
}

/**
 * Scrapes `url` until the store has written `rows` more records than `before` shows (it writes
 * within a second of a question), and returns that scrape: every counter of the mix has moved by then.
 */
export async function scrapeOnceStored(
  url: string,
  before: readonly Sample[],
  rows: number,
): Promise<Sample[]> {
  let after: Sample[] = [];
  await vi.waitFor(
    async () => {
      after = await scrape(url);
      expect(movedBy(before, after, 'qa_bot_store_records_written_total')).toEqual({ '': rows });
    },
    { timeout: 10_000, interval: 200 },
  );
  return after;
}
