import { describe, expect, it } from 'vitest';
import { compileFiles } from '../../src/content/compile-content.js';
import { answerQuestion, buildIndex } from '../../src/engine/index.js';
import { sectionEntryOf } from '../../src/engine/answering/section-entry.js';

// A declined question's suggestions name sections, not a passage's opening words: "You can provide a
// filter key to the…" reads poorly as a question to try, "Collecting reactions" names the topic.
const PAGE = `# Collectors

## Collecting reactions

Reaction collectors gather the emoji reactions users add to one message over a period of time.

You can provide a filter key to the options object, so only the reactions of the author are kept.

### Timeouts

A collector stops after its idle time when no reaction has been added.

AWS deploys region-wide quotas that limit every other product.
`;

const ikb = buildIndex(compileFiles('fixture', { documents: [{ file: 'collectors.md', text: PAGE }] }));
const indexOf = (id: string): number => ikb.entryIndexById.get(id) ?? -1;
const topicEntryOf = (opening: string): number =>
  ikb.entries.findIndex((e) => e.entry.origin === 'derived' && e.entry.question.startsWith(opening));

describe('suggestions for a declined question', () => {
  it("suggests a passage's deepest section heading instead of its opening words", () => {
    const filter = topicEntryOf('You can provide a filter key');
    expect(filter).toBeGreaterThanOrEqual(0);
    expect(sectionEntryOf(ikb, filter)).toBe(indexOf('s-collecting-reactions'));
    const quotas = topicEntryOf('AWS deploys region-wide quotas');
    expect(quotas).toBeGreaterThanOrEqual(0);
    expect(sectionEntryOf(ikb, quotas)).toBe(indexOf('s-timeouts'));
  });

  it('keeps every other entry as it is', () => {
    for (const [index, { entry }] of ikb.entries.entries()) {
      if (entry.origin === 'derived' && entry.id.startsWith('about-')) continue;
      expect(sectionEntryOf(ikb, index)).toBe(index);
    }
  });

  it('offers section headings, each once, when it declines', () => {
    const answer = answerQuestion(ikb, 'how do I keep only the options of the author in mongodb');
    expect(answer.answered).toBe(false);
    const shown = answer.suggestions.map((s) => s.question);
    expect(shown.length).toBeGreaterThan(0);
    expect(new Set(shown).size).toBe(shown.length);
    for (const question of shown)
      expect(['Collecting reactions', 'Timeouts', 'Collectors']).toContain(question);
  });
});
