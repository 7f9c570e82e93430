import { describe, expect, it } from 'vitest';
import { compileFiles } from '../../src/content/compile-content.js';
import { answerQuestion, buildIndex } from '../../src/engine/index.js';
import { nestedPassages } from '../../src/engine/indexing/nested-passages.js';

// A `##` section answers for its `###` sections, but a question about what one of them says is
// answered by that subsection, whose heading names it, not by the parent that merely holds it.
const PAGE = `# Bots

## Setup

Install the library and create a configuration file before anything else.

### Tokens

Keep the secret credential out of version control: anyone holding it controls the account.

### Intents

Declare which gateway events you receive when the client logs in.
`;

const ikb = buildIndex(compileFiles('fixture', { documents: [{ file: 'bots.md', text: PAGE }] }));
const entryOf = (id: string) => ikb.entries[ikb.entryIndexById.get(id) ?? -1];

describe('sections and their subsections', () => {
  it('marks the passages a section holds for its subsections as nested, and only those', () => {
    const setup = entryOf('s-setup');
    const tokens = entryOf('s-tokens');
    expect(setup?.passageIndexes).toHaveLength(3);
    expect(setup?.nested.size).toBe(2);
    expect([...(setup?.nested ?? [])]).toEqual(setup?.passageIndexes.slice(1));
    expect(tokens?.nested.size).toBe(0);
    const derived = ikb.entries.filter((e) => e.entry.origin === 'derived');
    expect(derived.length).toBeGreaterThan(0);
    for (const e of derived) expect(e.nested.size).toBe(0);
  });

  it('answers from the subsection that says it, not from its parent', () => {
    const answer = answerQuestion(ikb, 'should the secret credential be kept out of version control');
    expect(answer.answered).toBe(true);
    expect(answer.best?.id).toBe('s-tokens');
  });

  it('gives a passage to the smallest heading entry that holds it', () => {
    const heading = (id: string) => ({
      id,
      question: id,
      phrasings: [],
      passageIds: [],
      origin: 'heading' as const,
    });
    const nested = nestedPassages(
      [heading('a'), heading('b')],
      [
        [0, 1, 2],
        [1, 2],
      ],
      3,
    );
    expect([...nested[0]!]).toEqual([1, 2]);
    expect([...nested[1]!]).toEqual([]);
  });
});
