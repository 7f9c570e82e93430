import { describe, expect, it } from 'vitest';
import { DISCORD_LIMITS, embedLength } from '../../src/bot/render/limits.js';
import { renderStatsEmbed } from '../../src/bot/render/render-stats.js';
import { renderReviewText } from '../../src/review/render-review-text.js';
import type { Review } from '../../src/review/review.js';
import { perDay, TODAY } from './activity-fixture.js';

function reviewWith(overrides: Partial<Review> = {}): Review {
  return {
    days: 14,
    guildId: '123',
    questions: 20,
    answered: 15,
    declined: 5,
    answerRate: 0.75,
    declinedWithText: 5,
    feedback: { up: 4, down: 2 },
    declinedGroups: [
      {
        count: 3,
        examples: ['what is TPU?', 'wats a tpu', '@everyone **tpu** [x](https://evil.example)'],
        wordings: [],
        closest: null,
      },
      {
        count: 2,
        examples: ['trainium price per hour'],
        wordings: [],
        closest: { passageId: 'p5', question: 'What does it cost?' },
      },
    ],
    mostDisliked: [{ entryId: 'chips-deployed', question: 'How many <@1> chips?', up: 1, down: 2 }],
    perDay: perDay(14, { [TODAY]: [15, 5] }),
    ...overrides,
  };
}

describe('renderReviewText', () => {
  const text = renderReviewText(reviewWith());

  it('states the totals, rate and feedback', () => {
    expect(text).toContain('Questions: 20 — answered 15, declined 5 (answer rate 75%)');
    expect(text).toContain('Feedback: 👍 4 · 👎 2');
    expect(text).toContain('server 123');
  });

  it('lists groups with their closest passage, disliked answers and days', () => {
    expect(text).toMatch(/1\. 3× "what is TPU\?" · "wats a tpu"/);
    expect(text).toContain('closest: none');
    expect(text).toContain('closest: p5 — "What does it cost?"');
    expect(text).toMatch(/2 👎\s+1 👍 {2}chips-deployed/);
    expect(text).toContain(`${TODAY}    15    5`);
  });

  it('never echoes control characters from someone’s question', () => {
    const sneaky = reviewWith({
      declinedGroups: [{ count: 1, examples: ['hi\u001b[2Jthere\nnext'], wordings: [], closest: null }],
    });
    const out = renderReviewText(sneaky);
    expect(out).not.toContain('\u001b');
    expect(out).toContain('"hi[2Jthere next"');
  });

  it('says when declined questions were not kept with their text', () => {
    expect(renderReviewText(reviewWith({ declinedGroups: [] }))).toContain('STORE_QUESTIONS is off');
    expect(
      renderReviewText(
        reviewWith({ questions: 0, answered: 0, declined: 0, answerRate: null, declinedGroups: [] }),
      ),
    ).toContain('(answer rate –)');
  });
});

describe('renderStatsEmbed', () => {
  const embed = renderStatsEmbed(reviewWith());

  it('shows the totals, rate and the chart as an attachment', () => {
    expect(embed.description).toContain('**20** asked');
    expect(embed.description).toContain('answer rate **75%**');
    expect(embed.image).toEqual({ url: 'attachment://activity.png' });
  });

  it('lists declined groups and the most 👎 with everyone’s text escaped', () => {
    const [groups, disliked] = embed.fields ?? [];
    expect(groups?.value).toContain('**3×** “what is TPU?”');
    expect(groups?.value).toContain('closest: “What does it cost?” (p5)');
    expect(groups?.value).toContain('\\*\\*tpu\\*\\*');
    expect(groups?.value).not.toMatch(/@everyone/);
    expect(groups?.value).not.toContain('](https://');
    expect(disliked?.value).toContain('**2** 👎 · 1 👍');
    expect(disliked?.value).not.toContain('<@1>');
  });

  it('keeps within Discord’s limits however much there is', () => {
    const huge = renderStatsEmbed(
      reviewWith({
        declinedGroups: Array.from({ length: 200 }, (_, i) => ({
          count: 200 - i,
          examples: ['x'.repeat(3000), `*${i}*`.repeat(500), '[a](b)'.repeat(300)],
          wordings: [],
          closest: { passageId: 'p1', question: 'q'.repeat(5000) },
        })),
        mostDisliked: Array.from({ length: 50 }, (_, i) => ({
          entryId: `e${i}`,
          question: '_'.repeat(4000),
          up: 0,
          down: 1,
        })),
      }),
    );
    expect(embedLength(huge)).toBeLessThanOrEqual(DISCORD_LIMITS.embedTotal);
    for (const field of huge.fields ?? [])
      expect(field.value.length).toBeLessThanOrEqual(DISCORD_LIMITS.fieldValue);
    expect(huge.fields?.[0]?.value.length).toBeGreaterThan(0);
  });

  it('says so when nothing was declined, or when declined text is not kept', () => {
    const none = renderStatsEmbed(reviewWith({ declined: 0, declinedGroups: [] }));
    expect(none.fields?.[0]?.value).toBe('Nothing declined.');
    const hidden = renderStatsEmbed(reviewWith({ declinedGroups: [] }));
    expect(hidden.fields?.[0]?.value).toContain('not kept');
    expect(renderStatsEmbed(reviewWith({ mostDisliked: [] })).fields?.[1]?.value).toBe('No 👎 yet.');
  });
});
