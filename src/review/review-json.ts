import { stripUnsafeCharacters } from '../reply/strip-unsafe-characters.js';
import type { Review } from './review.js';

// Stored questions are people's text: a bidi override in one would reorder the terminal line (or
// the viewer's) that shows the JSON, so they are stripped as in the text report. JSON.stringify
// already escapes control characters; they go too, for the same reason in whatever reads the values.
const clean = stripUnsafeCharacters;

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
      examples: g.examples.map(clean),
      closest: g.closest ? { passage_id: g.closest.passageId, question: clean(g.closest.question) } : null,
    })),
    most_disliked: review.mostDisliked.map((v) => ({
      entry_id: clean(v.entryId),
      question: clean(v.question),
      up: v.up,
      down: v.down,
    })),
    per_day: review.perDay.map((d) => ({ day: d.day, answered: d.answered, declined: d.declined })),
  };
}
