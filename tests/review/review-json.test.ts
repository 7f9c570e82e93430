import { describe, expect, it } from 'vitest';
import { buildReview } from '../../src/review/build-review.js';
import { toReviewJson } from '../../src/review/review-json.js';
import { glimmerwortIndex } from '../engine/glimmerwort-fixture.js';
import { activityOf, tally } from './activity-fixture.js';
import { ReviewJsonSchema } from './review-json-schema.js';

describe('toReviewJson', () => {
  const ikb = glimmerwortIndex();
  const review = buildReview(
    activityOf(
      [
        'What is moonpetal?',
        'wats a moonpetal',
        'how much do glimmerwort seeds cost',
        'glimmerwort seed price',
      ],
      6,
      [tally('leaf-price', 'How much does dried glimmerwort sell for?', 2, 3)],
    ),
    ikb,
    { days: 14 },
  );
  const json: unknown = JSON.parse(JSON.stringify(toReviewJson(review)));

  it('has exactly the documented shape', () => {
    expect(() => ReviewJsonSchema.parse(json)).not.toThrow();
  });

  it('carries the report’s figures', () => {
    const parsed = ReviewJsonSchema.parse(json);
    expect(parsed).toMatchObject({
      days: 14,
      questions: 10,
      answered: 6,
      declined: 4,
      feedback: { up: 2, down: 3 },
    });
    expect(parsed.declined_groups.map((g) => g.count)).toEqual([2, 2]);
    expect(parsed.declined_groups.map((g) => g.closest?.passage_id ?? null).sort()).toEqual(
      ['p2', null].sort(),
    );
    expect(parsed.most_disliked).toEqual([
      { entry_id: 'leaf-price', question: 'How much does dried glimmerwort sell for?', up: 2, down: 3 },
    ]);
    expect(parsed.per_day).toHaveLength(14);
    expect(parsed.per_day.at(-1)).toMatchObject({ answered: 6, declined: 4 });
  });

  it('is refused by the schema with a key too many (the schema can fail)', () => {
    expect(ReviewJsonSchema.safeParse({ ...ReviewJsonSchema.parse(json), rate: 0.6 }).success).toBe(false);
  });
});
