import { describe, expect, it } from 'vitest';
import { compileFiles } from '../../src/content/compile-content.js';
import { buildIndex, type IndexedKnowledgeBase } from '../../src/engine/index.js';
import { definedWord } from '../../src/engine/query/asks-definition.js';
import { resolveQuery } from '../../src/engine/query/resolve-query.js';
import { firstMentionOf } from '../../src/engine/ranking/first-mention.js';
import { rankEntries } from '../../src/engine/ranking/rank-entries.js';
import { TUNING } from '../../src/engine/tuning.js';

// A page that introduces the QueryExecutor in one section and then uses it, more often, in the next.
const text = `# Query execution

Kysely builds a query step by step before anything is sent.

## Initiating execution

When you call execute, the builder hands the query to the QueryExecutor, which runs the steps below.

## Compiling the query

The QueryExecutor compiles the tree. Then the QueryExecutor asks the driver for a connection, and the
QueryExecutor sends the compiled query over it.
`;
const ikb = buildIndex(compileFiles('fixture', { documents: [{ file: 'execution.md', text }] }));

/** The heading of the section the top-ranked entry stands for, with the given definition weight. */
function topSection(index: IndexedKnowledgeBase, question: string, definitionWeight: number): string {
  const ranked = rankEntries(index, resolveQuery(index, question), { ...TUNING.relevance, definitionWeight });
  return index.kb.entries[ranked[0]?.entryIndex ?? -1]?.question ?? '';
}

describe('the word a question asks to define', () => {
  it('is the word right after "what is" / "what does", past an article', () => {
    expect(definedWord('what is the QueryAST')).toBe('queryast');
    expect(definedWord("what's a DatabaseConnection?")).toBe('databaseconnection');
    expect(definedWord('whats QueryResult')).toBe('queryresult');
    expect(definedWord('What does the QueryExecutor do')).toBe('queryexecutor');
    expect(definedWord('what does QueryAST mean')).toBe('queryast');
  });

  it('is not a name the question asks something about, nor any word without "what is"', () => {
    // "whats the downside of awaitMessages" asks about a downside, not what awaitMessages is.
    expect(definedWord('whats the downside of awaitMessages')).toBe('downside');
    expect(definedWord('how do i use the QueryExecutor')).toBeUndefined();
    expect(definedWord('what does readdirSync filter return')).toBeUndefined();
    expect(definedWord('what do i pass to execute')).toBeUndefined();
  });
});

describe('the section that first names an identifier', () => {
  it('is asked by "what is X" for an identifier the content names', () => {
    expect(resolveQuery(ikb, 'what does the QueryExecutor do').defines).toEqual(['queryexecutor']);
    // Not an identifier the content names, not an identifier at all, or not the word asked about.
    expect(resolveQuery(ikb, 'what is useEffect').defines).toEqual([]);
    expect(resolveQuery(ikb, 'what is the driver').defines).toEqual([]);
    expect(resolveQuery(ikb, 'whats the downside of the QueryExecutor').defines).toEqual([]);
  });

  it('finds the first passage of the document that names every key', () => {
    const first = firstMentionOf(ikb, ['queryexecutor'], ikb.kb.passages[0]?.documentId);
    expect(ikb.kb.passages[first ?? -1]?.section).toBe('Initiating execution');
    expect(firstMentionOf(ikb, ['queryexecutor'], 'no-such-document')).toBeUndefined();
  });

  it('ranks first the section that introduces it, not the one that uses it most', () => {
    const question = 'what does the QueryExecutor do';
    expect(topSection(ikb, question, 0)).toBe('Compiling the query');
    expect(topSection(ikb, question, TUNING.relevance.definitionWeight)).toBe('Initiating execution');
    // Asked how to use it, the question asks no definition: the section that says it most leads.
    expect(topSection(ikb, 'how does the QueryExecutor work', TUNING.relevance.definitionWeight)).toBe(
      'Compiling the query',
    );
  });
});
