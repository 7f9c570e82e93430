import { describe, expect, it } from 'vitest';
import { closestPassage } from '../../src/engine/index.js';
import { buildReview } from '../../src/review/build-review.js';
import { loadKnowledge } from '../../src/knowledge/load-knowledge.js';
import { glimmerwortIndex } from '../engine/glimmerwort-fixture.js';
import { activityOf, declined, perDay, tally, TODAY } from './activity-fixture.js';

const ikb = glimmerwortIndex();

const MOONPETAL = ['wats a moonpetal', 'What is moonpetal?', 'moonpetals??', 'tell me about moonpetals'];
const SEEDS = [
  'where can I buy glimmerwort seeds',
  'glimmerwort seeds for sale',
  'how much do glimmerwort seeds cost',
  'glimmerwort seed price',
];
const CATS = ['is glimmerwort poisonous to cats', 'can cats eat glimmerwort'];

describe('buildReview: totals', () => {
  it('counts questions from the day counts, even those not kept with their text', () => {
    const activity = {
      perDay: perDay(7, { '2025-05-18': [4, 2], [TODAY]: [3, 5] }),
      declined: declined(['What is moonpetal?']),
      votes: [],
    };
    const review = buildReview(activity, ikb, { days: 7 });
    expect(review).toMatchObject({ days: 7, questions: 14, answered: 7, declined: 7, declinedWithText: 1 });
    expect(review.answerRate).toBeCloseTo(0.5);
    expect(review.perDay).toHaveLength(7);
  });

  it('has no rate when nothing was asked', () => {
    const review = buildReview(activityOf([], 0), ikb, { days: 14 });
    expect(review).toMatchObject({ questions: 0, answerRate: null, declinedGroups: [], mostDisliked: [] });
  });

  it('sums every vote, and lists the answers with any 👎, most first', () => {
    const votes = [
      tally('a', 'A?', 5, 1),
      tally('b', 'B?', 0, 4),
      tally('c', 'C?', 9, 0),
      tally('d', 'D?', 2, 4),
    ];
    const review = buildReview(activityOf([], 3, votes), ikb, { days: 14 });
    expect(review.feedback).toEqual({ up: 16, down: 9 });
    expect(review.mostDisliked.map((v) => v.entryId)).toEqual(['b', 'd', 'a']);
    expect(
      buildReview(activityOf([], 3, votes), ikb, { days: 14, maxDisliked: 1 }).mostDisliked,
    ).toHaveLength(1);
  });
});

describe('buildReview: declined groups', () => {
  // Newest first as the store returns them: interleaved, so grouping cannot lean on order.
  const asked = [
    MOONPETAL[0]!,
    SEEDS[0]!,
    CATS[0]!,
    MOONPETAL[1]!,
    SEEDS[1]!,
    'best pizza in town',
    MOONPETAL[2]!,
    SEEDS[2]!,
    CATS[1]!,
    MOONPETAL[3]!,
    SEEDS[3]!,
    'What is moonpetal?',
  ];
  const review = buildReview(activityOf(asked, 10), ikb, { days: 14 });

  it('puts differently worded questions about one missing topic together, largest first', () => {
    const groups = review.declinedGroups;
    expect(groups.map((g) => g.count)).toEqual([5, 4, 2, 1]);
    expect(new Set(groups[0]?.wordings)).toEqual(new Set(MOONPETAL));
    expect(new Set(groups[1]?.wordings)).toEqual(new Set(SEEDS));
    expect(new Set(groups[2]?.wordings)).toEqual(new Set(CATS));
    expect(groups[3]?.wordings).toEqual(['best pizza in town']);
  });

  it('shows up to three distinct examples, the most asked first', () => {
    const [moonpetal] = review.declinedGroups;
    expect(moonpetal?.examples).toHaveLength(3);
    expect(moonpetal?.examples[0]).toBe('What is moonpetal?');
    expect(new Set(moonpetal?.examples).size).toBe(3);
  });

  it('names the passage a group comes close to, and none for a topic the content lacks', () => {
    const [moonpetal, seeds, cats, pizza] = review.declinedGroups;
    expect(seeds?.closest).toEqual({
      passageId: 'p2',
      question: 'How much does dried glimmerwort sell for?',
    });
    expect(moonpetal?.closest).toBeNull();
    expect(cats?.closest).toBeNull();
    expect(pizza?.closest).toBeNull();
  });

  it('counts the same wording asked in other case or spacing as one example', () => {
    const again = buildReview(
      activityOf(['What is  moonpetal?', 'what is MOONPETAL?', 'moonpetal'], 0),
      ikb,
      {
        days: 1,
      },
    );
    expect(again.declinedGroups).toHaveLength(1);
    expect(again.declinedGroups[0]).toMatchObject({
      count: 3,
      examples: ['What is moonpetal?', 'moonpetal'],
    });
  });

  it('keeps questions with no content words in one group of their own', () => {
    const again = buildReview(activityOf(['hello', '??', 'What is moonpetal?'], 0), ikb, { days: 1 });
    expect(again.declinedGroups.map((g) => [...g.wordings].sort())).toEqual([
      ['??', 'hello'],
      ['What is moonpetal?'],
    ]);
  });

  it('stops at maxGroups', () => {
    expect(buildReview(activityOf(asked, 10), ikb, { days: 14, maxGroups: 2 }).declinedGroups).toHaveLength(
      2,
    );
  });
});

describe('buildReview on the shipped article', () => {
  it('groups "wats a tpu" with "what is TPU?", apart from questions on another missing topic', async () => {
    const article = await loadKnowledge('content');
    const review = buildReview(
      activityOf(
        ['wats a tpu', 'what is CUDA', 'what is TPU?', 'Does Google make TPUs?', 'whats cuda lol'],
        0,
      ),
      article,
      { days: 1 },
    );
    expect(review.declinedGroups.map((g) => [...g.wordings].sort())).toEqual([
      ['Does Google make TPUs?', 'wats a tpu', 'what is TPU?'],
      ['what is CUDA', 'whats cuda lol'],
    ]);
    expect(review.declinedGroups.map((g) => g.closest)).toEqual([null, null]);
  });

  it('groups a topic whose words the content lacks by its rarest word, in whatever order it was asked', async () => {
    const article = await loadKnowledge('content');
    const sourdough = [
      'how do I bake sourdough bread',
      'sourdough starter recipe',
      'best flour for sourdough',
    ];
    const price = [
      'How much does Trainium cost per hour?',
      'Trainium price per hour',
      'what is the hourly price of trainium',
    ];
    const mixed = [...sourdough, ...price, 'how do I knit a scarf'];
    const orders = [
      mixed,
      [...mixed].reverse(),
      [mixed[3]!, mixed[0]!, mixed[6]!, mixed[5]!, mixed[1]!, mixed[4]!, mixed[2]!],
    ];
    for (const order of orders) {
      const review = buildReview(activityOf(order, 0), article, { days: 1 });
      expect(review.declinedGroups.map((g) => [...g.wordings].sort())).toEqual([
        [...price].sort(),
        [...sourdough].sort(),
        ['how do I knit a scarf'],
      ]);
      // The pricing paragraph is close to the price questions; nothing is close to baking or knitting.
      expect(review.declinedGroups.map((g) => g.closest?.passageId ?? null)).toEqual(['p5', null, null]);
    }
  });

  it('names no passage when what a question asks about is missing, even if a word of it is there', async () => {
    const article = await loadKnowledge('content');
    // "price" is in the pricing paragraph; bitcoin and the weather are not in the article at all.
    expect(closestPassage(article, 'bitcoin price today')).toBeNull();
    expect(closestPassage(article, 'what is the weather tomorrow')).toBeNull();
    expect(closestPassage(article, 'Trainium price per hour')?.passageId).toBe('p5');
  });
});
