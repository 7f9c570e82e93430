import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { compileFiles } from '../../src/content/compile-content.js';
import { answerQuestion, buildIndex, type IndexedKnowledgeBase } from '../../src/engine/index.js';
import { loadKnowledge } from '../../src/knowledge/load-knowledge.js';
import { asksExpansion } from '../../src/engine/query/asks-expansion.js';
import { asksProcedure } from '../../src/engine/query/asks-procedure.js';
import { resolveQuery } from '../../src/engine/query/resolve-query.js';
import { asksUnexpanded } from '../../src/engine/ranking/unexpanded.js';

describe('what a question asks beyond its words', () => {
  it('tells a question asking how to do something oneself', () => {
    for (const q of [
      'how do i get a job at amazon',
      'How can we move our workloads?',
      'how to sign up for aws',
      "what's the best way to invest 1000 dollars",
      'Should I pick Trainium or Inferentia?',
      'where can i buy cheap graphics cards',
    ])
      expect(asksProcedure(q), q).toBe(true);
    for (const q of [
      'how does the meta deal help trainium',
      'How do chip shortages at TSMC affect AI hardware?',
      'why do ai workloads run on gpus',
      'can you explain what trainium is',
    ])
      expect(asksProcedure(q), q).toBe(false);
  });

  it('tells a question asking what an abbreviation stands for', () => {
    for (const q of [
      'what does TSMC stand for',
      'GPU full form',
      'What is QED short for?',
      'the acronym FIS',
    ])
      expect(asksExpansion(q), q).toBe(true);
    for (const q of ['what does TSMC make', 'who stands behind Trainium'])
      expect(asksExpansion(q), q).toBe(false);
  });
});

describe('an abbreviation the content never gives in full', () => {
  const text = `# Physics and politics

Maxwell's theory ultimately led to quantum electrodynamics (or QED), which describes light.

The most popular party was the FIS or Front Islamique du Salut, founded in 1989.

Persistent shortages at suppliers like TSMC make chips hard to get.
`;
  const ikb = buildIndex(compileFiles('fixture', { documents: [{ file: 'physics.md', text }] }));

  it('is one written beside no parenthesis nor "or"', () => {
    expect(asksUnexpanded(ikb, resolveQuery(ikb, 'what does TSMC stand for'))).toBe(true);
    expect(asksUnexpanded(ikb, resolveQuery(ikb, 'What is QED short for?'))).toBe(false);
    expect(asksUnexpanded(ikb, resolveQuery(ikb, 'What does the acronym FIS stand for?'))).toBe(false);
    // Not asked what it stands for: the question is about what the text says.
    expect(asksUnexpanded(ikb, resolveQuery(ikb, 'why are TSMC chips hard to get'))).toBe(false);
  });

  it('is not answered, though the content names it', () => {
    expect(answerQuestion(ikb, 'what does TSMC stand for').answered).toBe(false);
    expect(answerQuestion(ikb, 'What is QED short for?').answered).toBe(true);
  });
});

describe('the shipped article', () => {
  let ikb: IndexedKnowledgeBase;
  beforeAll(async () => {
    ikb = await loadKnowledge(fileURLToPath(new URL('../../content/', import.meta.url)));
  });

  it('declines what an abbreviation it never expands stands for, answers those it does', () => {
    expect(answerQuestion(ikb, 'what does tsmc stand for').answered).toBe(false);
    expect(answerQuestion(ikb, 'What does AWS stand for?').answered).toBe(true);
    expect(answerQuestion(ikb, 'what does gpu stand for').answered).toBe(true);
  });

  it('declines how-to questions its curated entries, which report, were not written to answer', () => {
    // "job", "Amazon", "sign" and "AWS" are all in curated phrasings ("jobs", "signed"), none a how-to.
    expect(answerQuestion(ikb, 'how do i get a job at amazon').answered).toBe(false);
    expect(answerQuestion(ikb, 'how do i sign up for aws').answered).toBe(false);
    expect(answerQuestion(ikb, 'how do i become a software developer').answered).toBe(false);
    // A phrasing written as one ("Should I pick Trainium or Inferentia, …?") still answers it.
    expect(answerQuestion(ikb, 'should i pick trainium or inferentia').best?.id).toBe(
      'trainium-vs-inferentia',
    );
    expect(answerQuestion(ikb, 'how does the meta deal help trainium').answered).toBe(true);
  });
});
