/** What the activity mix (activity-mix.ts) should add to `qa_bot_questions_total`, in movedBy's keys. */
import type { QuestionVia } from '../../../src/store/records.js';
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
