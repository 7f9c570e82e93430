import { ComponentType } from 'discord-api-types/v10';
import { describe, expect, it } from 'vitest';
import { decodeCustomId } from '../../src/bot/custom-id.js';
import { DISCORD_LIMITS, embedLength } from '../../src/bot/render/limits.js';
import { renderAnswer } from '../../src/bot/render/render-answer.js';
import { buildReply } from '../../src/reply/build-reply.js';
import type { Answer } from '../../src/engine/index.js';
import { answered, answeredMidParagraph, chipsPassage, declined, kb, middling } from '../reply/fixtures.js';
import { isWellFormed } from '../reply/well-formed.js';

const context = { articleTitle: kb.title, entries: kb.entries };
const ASKER = '111111111111111111';

function render(answer: Answer, ephemeral = false) {
  return renderAnswer(buildReply(answer, context), { askerId: ASKER, ephemeral });
}

function customIds(message: ReturnType<typeof render>): string[] {
  return message.components.flatMap((row) =>
    row.components.flatMap((b) => ('custom_id' in b ? [b.custom_id] : [])),
  );
}

describe('renderAnswer', () => {
  it('renders the matched question, bold highlights and the citation footer', () => {
    const [embed] = render(answered).embeds;
    expect(embed?.title).toBe('How many AI chips did AWS deploy?');
    expect(embed?.description).toContain('**AI chips**');
    expect(embed?.description).toContain('**Trainium**');
    expect(embed?.footer?.text).toBe('Source: article ¶1 — Chips as an alternative');
  });

  it('never pings anyone', () => {
    expect(render(answered).allowed_mentions).toEqual({ parse: [], replied_user: false });
  });

  it('adds related, feedback and delete buttons whose ids decode', () => {
    const ids = customIds(render(answered)).map(decodeCustomId);
    expect(ids).toEqual([
      { kind: 'related', entryId: 'what-is-gpu', askerId: ASKER },
      { kind: 'feedback', vote: 'up', entryId: 'chips-deployed' },
      { kind: 'feedback', vote: 'down', entryId: 'chips-deployed' },
      { kind: 'delete', askerId: ASKER },
    ]);
  });

  it('leaves out Delete on ephemeral replies', () => {
    expect(customIds(render(answered, true)).some((id) => id.startsWith('del:'))).toBe(false);
  });

  it('shows the middling note', () => {
    const [confident] = render(answered).embeds;
    const [unsure] = render(middling).embeds;
    expect(unsure?.description).toContain('may not be exactly');
    expect(confident?.description).not.toContain('may not be exactly');
  });

  it('declines with the question escaped and suggestion buttons', () => {
    const message = render(declined);
    const description = message.embeds[0]?.description ?? '';
    expect(description).toContain("“Chips as an alternative” doesn't cover");
    expect(description).toContain('\\*football\\*');
    expect(description).not.toContain('@everyone');
    expect(customIds(message).map(decodeCustomId)).toEqual([
      { kind: 'related', entryId: 'what-is-gpu', askerId: ASKER },
      { kind: 'related', entryId: 'chips-deployed', askerId: ASKER },
      { kind: 'delete', askerId: ASKER },
    ]);
  });

  it('shows the answering sentence first, then the rest of the paragraph as a quote', () => {
    const description = render(answeredMidParagraph).embeds[0]?.description ?? '';
    // Markdown escapes (a backslash before . or [) render as the plain characters.
    expect(description.replace(/\\(.)/g, '$1')).toBe(
      'It deployed **2.1 million** of them.\n> AWS builds its own chips. […] Most were Trainium.',
    );
  });

  it('escapes markdown and mentions inside passage text before bolding', () => {
    const text = 'Ping <@42> and @here: *stars* and `code` matter.';
    const answer: Answer = {
      ...answered,
      best: {
        id: 'x',
        question: 'Q?',
        passages: [{ ...chipsPassage, text, highlights: [{ start: 22, end: 29 }] }],
      },
    };
    const description = render(answer).embeds[0]?.description ?? '';
    expect(description).toContain('**\\*stars\\***');
    expect(description).toContain('\\`code\\`');
    expect(description).not.toMatch(/<@\d|@here/);
  });

  it('stays within every limit with oversized, broken and hostile content', () => {
    const huge = `${'word '.repeat(3000)}\uD800 @everyone <@1> **x**`;
    const answer: Answer = {
      question: huge,
      answered: true,
      confidence: 0.3,
      best: {
        id: 'long',
        question: huge,
        passages: [0, 1, 2].map((i) => ({
          id: `p${i}`,
          text: huge,
          source: `article ¶${i} ${'s'.repeat(1000)}`,
          highlights: [{ start: 0, end: 10_000 }],
          sentences: [{ id: `p${i}.s1`, start: 0, end: huge.length }],
        })),
      },
      related: [0, 1, 2, 3].map((i) => ({ id: `r${i}`, question: huge })),
      suggestions: [],
    };
    const message = render(answer);
    const embed = message.embeds[0]!;
    expect(embed.title?.length).toBeLessThanOrEqual(DISCORD_LIMITS.embedTitle);
    expect(embed.description?.length ?? 0).toBeLessThanOrEqual(DISCORD_LIMITS.embedDescription);
    expect(embed.footer?.text.length ?? 0).toBeLessThanOrEqual(DISCORD_LIMITS.embedFooter);
    expect(embedLength(embed)).toBeLessThanOrEqual(DISCORD_LIMITS.embedTotal);
    expect(isWellFormed(JSON.stringify(message))).toBe(true);
    expect(isWellFormed(embed.description ?? '')).toBe(true);
    expect(message.components.length).toBeLessThanOrEqual(DISCORD_LIMITS.actionRows);
    for (const row of message.components) {
      expect(row.type).toBe(ComponentType.ActionRow);
      for (const b of row.components) {
        if ('label' in b && b.label !== undefined)
          expect(b.label.length).toBeLessThanOrEqual(DISCORD_LIMITS.buttonLabel);
      }
    }
    // Bold markers stay paired after the cut.
    expect(((embed.description ?? '').match(/(?<!\\)\*\*/g) ?? []).length % 2).toBe(0);
  });
});
