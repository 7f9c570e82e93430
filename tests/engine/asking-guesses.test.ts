import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compileFiles } from '../../src/content/compile-content.js';
import { answerQuestion, buildIndex } from '../../src/engine/index.js';
import { resolveQuery } from '../../src/engine/query/resolve-query.js';
import { loadKnowledge } from '../../src/knowledge/load-knowledge.js';

const ikbOf = (text: string) =>
  buildIndex(compileFiles('fixture', { documents: [{ file: 'page.md', text }] }));

// A page that says "instance" and "pass" but never "example" or "happen": the thesaurus reads
// "example" as "instance" and "happens" as "pass", guesses that used to count against the question.
const MODALS = `# Modals

## Building a modal

A modal holds up to five text inputs, each with a custom id and a label.

## Receiving modal submissions

Once the user has submitted the modal, reply to the submission interaction. For instance, thank the
user for the answers they gave; the submission passes the values of every text input.

## Timeouts

A modal left open for fifteen minutes can no longer be submitted.
`;

describe('asking words the content meets only through a thesaurus guess', () => {
  const ikb = ikbOf(MODALS);
  const words = (q: string) => resolveQuery(ikb, q).units.map((u) => u.word);

  it('are the way of asking, not words of the topic', () => {
    const example = resolveQuery(ikb, 'reply after modal submitted instance').units.find(
      (u) => u.word === 'instance',
    );
    expect(example?.known).toBe(true);
    expect(words('reply after modal submitted example')).not.toContain('example');
    expect(words('what happens if the user never submits the modal')).not.toContain('happens');
    // A page that says the word matches it as any other.
    const said = ikbOf('# Examples\n\n## An example\n\nThis example replies to a modal submission.\n');
    expect(resolveQuery(said, 'reply after modal submitted example').units.map((u) => u.word)).toContain(
      'example',
    );
  });

  it('answer a question framed with them from the section it asks', async () => {
    // The discord.js guide's modals page, unchanged: it says "instance", never "example".
    const page = await loadKnowledge(
      fileURLToPath(new URL('../fixtures/docs/discordjs-guide/modals/', import.meta.url)),
    );
    const answer = answerQuestion(page, 'reply after modal submitted example');
    expect(answer.answered).toBe(true);
    expect(answer.best?.passages.map((p) => p.text).join(' ')).toContain(
      'Your submission was received successfully',
    );
  });
});
