import { describe, expect, it } from 'vitest';
import { compileFiles } from '../../src/content/compile-content.js';
import { buildIndex, type IndexedKnowledgeBase } from '../../src/engine/index.js';
import { resolveQuery } from '../../src/engine/query/resolve-query.js';
import { documentPrior } from '../../src/engine/ranking/document-prior.js';
import { rankEntries } from '../../src/engine/ranking/rank-entries.js';
import { TUNING } from '../../src/engine/tuning.js';

// Two pages of one guide with a section that reads alike: only the pages' titles tell which one a
// question about "event files" asks.
const page = (title: string): string => `# ${title}

Some introduction to this part of the guide.

## Loading files

Read every file in the folder with readdirSync and load each one with require.
`;
const documents = [
  { file: 'command-handling.md', text: page('Command handling') },
  { file: 'event-handling.md', text: page('Event handling') },
];
const folder = buildIndex(compileFiles('fixture', { documents }));
const glossaryFolder = buildIndex(
  compileFiles('fixture', { documents, glossary: '- Require: the function that loads a file.\n' }),
);
const onePage = buildIndex(compileFiles('fixture', { documents: documents.slice(1) }));

/** The document title of the passage the top-ranked entry answers with. */
function topDocument(ikb: IndexedKnowledgeBase, question: string, titleWeight: number): string | undefined {
  const ranked = rankEntries(ikb, resolveQuery(ikb, question), { ...TUNING.relevance, titleWeight });
  const passageId = ikb.kb.entries[ranked[0]?.entryIndex ?? -1]?.passageIds[0];
  const documentId = ikb.kb.passages.find((p) => p.id === passageId)?.documentId;
  return ikb.kb.documents.find((d) => d.id === documentId)?.title;
}

describe("a folder's document titles in the ranking", () => {
  it('ranks first the section of the page whose title the question names', () => {
    expect(topDocument(folder, 'how do i load all the event files', TUNING.relevance.titleWeight)).toBe(
      'Event handling',
    );
    // Without the title's weight the two sections tie, and the first page in content order leads.
    expect(topDocument(folder, 'how do i load all the event files', 0)).toBe('Command handling');
  });

  it('gives each entry the share of the question its title says', () => {
    const query = resolveQuery(folder, 'how do i load all the event files');
    const weights = query.units.map((u) => u.idf);
    const total = weights.reduce((a, b) => a + b, 0);
    const prior = documentPrior(folder, query.units, weights, total);
    const share = (title: string): number => {
      const d = folder.kb.documents.find((doc) => doc.title === title)!;
      const e = folder.kb.entries.findIndex((entry) =>
        folder.kb.passages.some((p) => p.id === entry.passageIds[0] && p.documentId === d.id),
      );
      return prior?.(e) ?? -1;
    };
    expect(share('Event handling')).toBeGreaterThan(0);
    expect(share('Event handling')).toBeLessThan(1);
    expect(share('Command handling')).toBe(0);
  });

  it('tells nothing apart in a one-document folder, or when no title says a word of the question', () => {
    const ask = (ikb: IndexedKnowledgeBase, question: string) => {
      const query = resolveQuery(ikb, question);
      const weights = query.units.map((u) => u.idf);
      return documentPrior(
        ikb,
        query.units,
        weights,
        weights.reduce((a, b) => a + b, 0),
      );
    };
    expect(ask(onePage, 'how do i load all the event files')).toBeUndefined();
    expect(ask(folder, 'how do i use readdirSync')).toBeUndefined();
  });

  it('favours no document over a glossary entry, which belongs to none', () => {
    const query = resolveQuery(glossaryFolder, 'what does require do for event files');
    const weights = query.units.map((u) => u.idf);
    const prior = documentPrior(
      glossaryFolder,
      query.units,
      weights,
      weights.reduce((a, b) => a + b, 0),
    );
    const glossaryEntry = glossaryFolder.kb.entries.findIndex((e) => e.origin === 'glossary');
    expect(glossaryEntry).toBeGreaterThanOrEqual(0);
    const shares = glossaryFolder.kb.entries.map((_, e) => prior?.(e) ?? -1);
    expect(prior?.(glossaryEntry)).toBe(Math.max(...shares));
    expect(prior?.(glossaryEntry)).toBeGreaterThan(0);
  });
});
