import type { Review } from './review.js';

/** `npm run review -- --json`: one object, snake_case keys, exactly these fields. */
export interface ReviewJson {
  days: number;
  questions: number;
  answered: number;
  declined: number;
  feedback: { up: number; down: number };
  declined_groups: {
    count: number;
    examples: string[];
    closest: { passage_id: string; question: string } | null;
  }[];
  most_disliked: { entry_id: string; question: string; up: number; down: number }[];
  per_day: { day: string; answered: number; declined: number }[];
}

/** The report as `--json` prints it; built field by field so nothing else leaks into the output. */
export function toReviewJson(review: Review): ReviewJson {
  return {
    days: review.days,
    questions: review.questions,
    answered: review.answered,
    declined: review.declined,
    feedback: { up: review.feedback.up, down: review.feedback.down },
    declined_groups: review.declinedGroups.map((g) => ({
      count: g.count,
      examples: [...g.examples],
      closest: g.closest ? { passage_id: g.closest.passageId, question: g.closest.question } : null,
    })),
    most_disliked: review.mostDisliked.map((v) => ({
      entry_id: v.entryId,
      question: v.question,
      up: v.up,
      down: v.down,
    })),
    per_day: review.perDay.map((d) => ({ day: d.day, answered: d.answered, declined: d.declined })),
  };
}
