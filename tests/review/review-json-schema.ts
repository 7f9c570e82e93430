// The documented `npm run review -- --json` shape, strictly: every key named, nothing else allowed.
import { z } from 'zod';

const count = z.number().int().nonnegative();
export const ReviewJsonSchema = z.strictObject({
  days: z.number().int().positive(),
  questions: count,
  answered: count,
  declined: count,
  feedback: z.strictObject({ up: count, down: count }),
  declined_groups: z.array(
    z.strictObject({
      count: z.number().int().positive(),
      examples: z.array(z.string()).min(1).max(3),
      closest: z.strictObject({ passage_id: z.string().min(1), question: z.string().min(1) }).nullable(),
    }),
  ),
  most_disliked: z.array(
    z.strictObject({
      entry_id: z.string(),
      question: z.string(),
      up: count,
      down: z.number().int().positive(),
    }),
  ),
  per_day: z.array(
    z.strictObject({ day: z.string().regex(/^\d{4}-\d{2}-\d{2}$/), answered: count, declined: count }),
  ),
});
