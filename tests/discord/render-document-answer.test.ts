import { describe, expect, it } from 'vitest';
import type { Block, Passage } from '../../src/engine/index.js';
import { DISCORD_LIMITS, embedLength } from '../../src/bot/render/limits.js';
import { renderAnswer } from '../../src/bot/render/render-answer.js';
import { buildReply } from '../../src/reply/build-reply.js';
import { answerWith, banPassages, cite, lookup, passageOf } from '../reply/document-fixtures.js';
import { isWellFormed } from '../reply/well-formed.js';
import { balancedBold, balancedFences } from './markdown-checks.js';

function embedFor(passages: readonly Passage[], question?: string, ...highlighted: string[]) {
  const answer = answerWith(
    passages.map((p) => cite(p, ...highlighted)),
    question,
  );
  const reply = buildReply(answer, { articleTitle: 'FAQ', passageOf: lookup(passages) });
  const message = renderAnswer(reply, { askerId: '111111111111111111', ephemeral: false });
  const embed = message.embeds[0]!;
  expect(embedLength(embed)).toBeLessThanOrEqual(DISCORD_LIMITS.embedTotal);
  expect(embed.description?.length ?? 0).toBeLessThanOrEqual(DISCORD_LIMITS.embedDescription);
  expect(embed.title?.length ?? 0).toBeLessThanOrEqual(DISCORD_LIMITS.embedTitle);
  expect(isWellFormed(JSON.stringify(message))).toBe(true);
  expect(message.allowed_mentions).toEqual({ parse: [], replied_user: false });
  return { embed, description: embed.description ?? '' };
}

const codeLines = (n: number): string =>
  Array.from({ length: n }, (_, i) => `console.log('line ${i}: ${'x'.repeat(40)}');`).join('\n');

describe('a document answer in Discord', () => {
  it('shows a section entry as its passages in order: intro, code, tip; the title links to the section', () => {
    const { embed, description } = embedFor(banPassages, undefined, 'ban a user');
    expect(embed.title).toBe('How do I ban a user?');
    expect(embed.url).toBe('https://discordjs.guide/popular-topics/faq.html#how-do-i-ban-a-user');
    const intro = description.indexOf('To **ban a user**, use the [`GuildMemberManager#ban()`](https://');
    const code = description.indexOf('```js\nconst user');
    const tip = description.indexOf('> **Tip:** Banning needs the **Ban Members** permission.');
    expect([intro, code, tip].every((i) => i >= 0)).toBe(true);
    expect(intro < code && code < tip).toBe(true);
    // One section reads as one: no per-passage labels.
    expect(description).not.toContain('¶');
    expect(description).not.toMatch(/\\[`*]/);
  });

  it('cuts a huge code block at a line boundary, closes the fence and says it continues', () => {
    const passage = passageOf('p-huge', { kind: 'code', code: codeLines(400), language: 'js' });
    const { description } = embedFor([passage]);
    expect(description.length).toBeGreaterThan(3000);
    expect(balancedFences(description)).toBe(true);
    expect(description).toMatch(/\n```\n\*… the code continues in the source\.\*$/);
    // Whole lines only.
    const body = description.split('```js\n')[1]!.split('\n```')[0]!;
    for (const line of body.split('\n')) expect(line).toMatch(/^console\.log\('line \d+: x{40}'\);$/);
  });

  it('cuts a single over-long code line and still closes the fence', () => {
    const passage = passageOf('p-min', { kind: 'code', code: 'x'.repeat(9000) });
    const { description } = embedFor([passage]);
    expect(balancedFences(description)).toBe(true);
    expect(description).toContain('continues in the source');
  });

  it('cuts a long list between items', () => {
    const items = Array.from({ length: 300 }, (_, i) => ({
      depth: 0,
      ordered: true,
      inline: [{ type: 'text' as const, value: `Item number ${i} with a few words of text` }],
    }));
    const { description } = embedFor([passageOf('p-list', { kind: 'list', items })]);
    const lines = description.split('\n');
    expect(lines.length).toBeGreaterThan(50);
    const note = lines.pop();
    lines.forEach((line, i) => expect(line).toBe(`${i + 1}. Item number ${i} with a few words of text`));
    // What is left out is counted.
    expect(note).toBe(`*… and ${300 - lines.length} more items in the source.*`);
  });

  it('shows many passages in order within the limits, code fences balanced, labelled by section', () => {
    const passages = Array.from({ length: 12 }, (_, i): Passage => {
      const block: Block =
        i % 2 === 0
          ? { kind: 'code', code: codeLines(12), language: 'ts' }
          : {
              kind: 'paragraph',
              inline: [
                { type: 'text', value: `Paragraph ${i} **not bold** here, ` },
                { type: 'code', value: 'code' },
              ],
            };
      return { ...passageOf(`p${i}`, block), section: `Section ${i}`, source: `FAQ § Section ${i}` };
    });
    const { description } = embedFor(passages);
    expect(balancedFences(description)).toBe(true);
    expect(balancedBold(description)).toBe(true);
    // One document: labelled by section, its title named once in the footer.
    const shown = [...description.matchAll(/\*§ Section (\d+)\*/g)].map((m) => Number(m[1]));
    expect(shown.length).toBeGreaterThan(2);
    expect(shown).toEqual(shown.map((_, i) => i));
    expect(description).toContain('Paragraph 1 \\*\\*not bold\\*\\* here, `code`');
  });

  it('cuts a long quote and a long paragraph inside the limits with markers paired', () => {
    const words = Array.from({ length: 1500 }, (_, i) => `word${i}`).join(' ');
    const passage = passageOf('p-adm', {
      kind: 'admonition',
      admonition: 'note',
      blocks: [
        { kind: 'paragraph', inline: [{ type: 'strong', children: [{ type: 'text', value: words }] }] },
      ],
    });
    const { description } = embedFor([passage]);
    expect(description.startsWith('> **Note:** **word0 word1')).toBe(true);
    expect(description.length).toBeGreaterThan(3500);
    expect(balancedBold(description)).toBe(true);
    expect(description.split('\n').every((line) => line.startsWith('> '))).toBe(true);
  });

  it('cuts and escapes an entry question used as the title', () => {
    const title = `How do I use **bold** and \`code\` ${'in a very long heading '.repeat(20)}?`;
    const { embed } = embedFor(banPassages, title);
    expect(embed.title?.length).toBeLessThanOrEqual(DISCORD_LIMITS.embedTitle);
    expect(embed.title).toContain('\\*\\*bold\\*\\*');
    expect(embed.title).toContain('\\`code\\`');
  });

  it('leaves a section url that is not http(s) off the title', () => {
    const passage = {
      ...passageOf('p-js', { kind: 'paragraph', inline: [{ type: 'text', value: 'Hi.' }] }),
      url: 'javascript:alert(1)',
    };
    const { embed } = embedFor([passage]);
    expect(embed.url).toBeUndefined();
  });
});
