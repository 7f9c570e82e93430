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
});
