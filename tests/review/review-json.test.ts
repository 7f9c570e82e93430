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

  it('strips bidi overrides and control characters from stored text, as the text report does', () => {
    const hostile = buildReview(
      activityOf(['what is \u202emoonpetal\u202c?\u0007', 'wats a \u2066moonpetal\u2069'], 0, [
        tally('leaf-price', 'How much\u202e does it sell for?\u001b[2J', 0, 1),
      ]),
      ikb,
      { days: 14 },
    );
    const line = JSON.stringify(toReviewJson(hostile));
    expect(line).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/u);
    expect(line).not.toMatch(/\\u00(?:07|1b)/u);
    const parsed = ReviewJsonSchema.parse(JSON.parse(line));
    expect(parsed.declined_groups.flatMap((g) => g.examples).sort()).toEqual(
      ['what is moonpetal?', 'wats a moonpetal'].sort(),
    );
    expect(parsed.most_disliked[0]?.question).toBe('How much does it sell for?[2J');
  });

  it('is refused by the schema with a key too many (the schema can fail)', () => {
    expect(ReviewJsonSchema.safeParse({ ...ReviewJsonSchema.parse(json), rate: 0.6 }).success).toBe(false);
  });
});
