import { describe, expect, it } from 'vitest';
import { compileFiles } from '../../src/content/compile-content.js';
import { answerQuestion, buildIndex } from '../../src/engine/index.js';
import { identifierParts } from '../../src/engine/query/split-identifier.js';

// A page whose answer lives in code: people name the method as written, or in words.
const PAGE = `# Components

## Waiting for a click

Collectors gather many clicks over time and end on a timer.

To wait for a single click, call the method on the message:

\`\`\`js
const confirmation = await response.awaitMessageComponent({ filter, time: 60_000 });
\`\`\`

## Colours

Buttons come in four colours: primary, secondary, success and danger.
`;

const ikb = buildIndex(compileFiles('fixture', { documents: [{ file: 'components.md', text: PAGE }] }));

describe('code in documents', () => {
  it('splits camel-case identifiers into their words, leaving names alone', () => {
    expect(identifierParts('awaitMessageComponent').map((p) => p.text)).toEqual([
      'await',
      'Message',
      'Component',
    ]);
    expect(identifierParts('ChatInputCommandInteraction')).toHaveLength(4);
    for (const name of ['BSkyB', 'McDonald', 'iPhone', 'eBay', 'discord'])
      expect(identifierParts(name), name).toEqual([]);
  });

  it('splits a lower-case word with a short hump, as code names ids (guildId)', () => {
    expect(identifierParts('guildId').map((p) => p.text)).toEqual(['guild', 'Id']);
    expect(identifierParts('userId').map((p) => p.text)).toEqual(['user', 'Id']);
  });

  it.each([
    'awaitMessageComponent',
    'how do i use await message component',
    'await message component example',
  ])('answers %j with the code block that calls it', (question) => {
    const answer = answerQuestion(ikb, question);
    expect(answer.answered).toBe(true);
    expect(answer.best?.passages.map((p) => p.id)).toContain('components-p2');
  });
});
