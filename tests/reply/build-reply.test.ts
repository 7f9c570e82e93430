import { describe, expect, it } from 'vitest';
import { buildReply, formatCitation } from '../../src/reply/build-reply.js';
import type { Answer } from '../../src/engine/index.js';
import { answered, answeredMidParagraph, declined, kb, middling } from './fixtures.js';

const context = { articleTitle: kb.title, entries: kb.entries };

describe('buildReply', () => {
  it('answers with the matched question, highlighted passage, citation and related questions', () => {
    const reply = buildReply(answered, context);
    expect(reply.kind).toBe('answered');
    expect(reply.title).toBe('How many AI chips did AWS deploy?');
    expect(reply.entryId).toBe('chips-deployed');
    expect(reply.citation).toBe('Source: article ¶1 — Chips as an alternative');
    expect(reply.note).toBeNull();
    expect(reply.followUps).toEqual([{ entryId: 'what-is-gpu', question: 'What is a GPU?' }]);
    const bold = reply.passages[0]?.segments.filter((s) => s.bold).map((s) => s.text);
    expect(bold).toEqual(['AI chips', 'Trainium']);
  });

  it('leads with the answering sentence and keeps the rest of the passage as context', () => {
    const [quoted] = buildReply(answeredMidParagraph, context).passages;
    expect(quoted?.segments.map((s) => s.text).join('')).toBe('It deployed 2.1 million of them.');
    expect(quoted?.segments.filter((s) => s.bold).map((s) => s.text)).toEqual(['2.1 million']);
    expect(quoted?.before).toBe('AWS builds its own chips.');
    expect(quoted?.after).toBe('Most were Trainium.');
  });

  it('adds a note when the match is middling', () => {
    const reply = buildReply(middling, context);
    expect(reply.kind).toBe('answered');
    expect(reply.note).not.toBeNull();
  });

  it('declines with the question echoed and the suggested entries as follow-ups', () => {
    const reply = buildReply(declined, context);
    expect(reply.kind).toBe('declined');
    expect(reply.passages).toEqual([]);
    expect(reply.entryId).toBeNull();
    expect(reply.citation).toBeNull();
    expect(reply.intro).toContain('Who won the *football* @everyone?');
    expect(reply.followUps).toEqual([
      { entryId: 'what-is-gpu', question: 'What is a GPU?' },
      { entryId: 'chips-deployed', question: 'How many AI chips did AWS deploy?' },
    ]);
  });

  it('declines a blank question without echoing it', () => {
    const reply = buildReply({ ...declined, question: '   ', suggestions: [] }, context);
    expect(reply.kind).toBe('declined');
    expect(reply.intro).toBe("“Chips as an alternative” doesn't cover that.");
    expect(reply.title).toBe('Not in “Chips as an alternative”');
  });

  it('names several documents as these documents, never "the article"', () => {
    const reply = buildReply(declined, { ...context, documents: 3 });
    expect(reply.title).toBe('Not in these documents');
    expect(reply.intro).toBe("These documents don't cover “Who won the *football* @everyone?”.");
  });

  it('shortens a very long echoed question', () => {
    const reply = buildReply({ ...declined, question: 'why '.repeat(2000) }, context);
    expect(reply.intro?.length ?? 0).toBeLessThan(300);
  });

  it('treats an answer without passages as declined', () => {
    const empty: Answer = { ...answered, best: { id: 'x', question: 'X?', passages: [] } };
    expect(buildReply(empty, context).kind).toBe('declined');
  });

  it('keeps at most three follow-ups', () => {
    const many: Answer = {
      ...answered,
      related: ['a', 'b', 'c', 'd'].map((id) => ({ id, question: `${id}?` })),
    };
    expect(buildReply(many, context).followUps.map((f) => f.entryId)).toEqual(['a', 'b', 'c']);
  });
});

describe('formatCitation', () => {
  it('lists each source once, pluralised for several', () => {
    const sources = [{ source: 'article ¶1' }, { source: 'glossary: GPU' }, { source: 'article ¶1' }];
    expect(formatCitation(sources, 'T')).toBe('Sources: article ¶1, glossary: GPU — T');
  });

  it('names the one document of a folder once, citing its passages by section', () => {
    const title = 'semver(1) -- The semantic versioner for npm';
    const sources = [`${title} § Functions ¶53`, `${title} § Sorting ¶55`, `${title} ¶2`].map((source) => ({
      source,
    }));
    expect(formatCitation(sources, title)).toBe(`Sources: § Functions ¶53, § Sorting ¶55, ¶2 — ${title}`);
    // With several documents each citation names its own; the shipped article's cite 'article'.
    expect(formatCitation(sources.slice(0, 1), title, 2)).toBe(`Source: ${title} § Functions ¶53`);
    expect(formatCitation([{ source: 'article ¶3' }], 'Chips')).toBe('Source: article ¶3 — Chips');
  });

  it('labels the passages of a one-document answer by section, without the title', () => {
    const title = 'semver(1) -- The semantic versioner for npm';
    const cited = (id: string, source: string) => ({
      id,
      text: 'Sorts versions.',
      source,
      highlights: [],
      sentences: [],
    });
    const answer: Answer = {
      ...answered,
      best: {
        id: 's-sorting',
        question: 'Sorting',
        passages: [cited('x-p53', `${title} § Functions ¶53`), cited('x-p55', `${title} § Sorting ¶55`)],
      },
    };
    const reply = buildReply(answer, { articleTitle: title, documents: 1 });
    expect(reply.passages.map((p) => p.source)).toEqual(['§ Functions ¶53', '§ Sorting ¶55']);
    expect(reply.citation).toBe(`Sources: § Functions ¶53, § Sorting ¶55 — ${title}`);
    const several = buildReply(answer, { articleTitle: title, documents: 2 });
    expect(several.passages[0]?.source).toBe(`${title} § Functions ¶53`);
  });
});
