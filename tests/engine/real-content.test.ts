import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { answerQuestion, type IndexedKnowledgeBase } from '../../src/engine/index.js';
import { loadKnowledge } from '../../src/knowledge/load-knowledge.js';

describe('answerQuestion on the real content', () => {
  let ikb: IndexedKnowledgeBase;
  beforeAll(async () => {
    ikb = await loadKnowledge(fileURLToPath(new URL('../../content/', import.meta.url)));
  });

  it('answers "What is a hyperscaler?" from the glossary, citing it', () => {
    const answer = answerQuestion(ikb, 'What is a hyperscaler?');
    expect(answer.answered).toBe(true);
    expect(answer.best?.passages.map((p) => [p.id, p.source])).toEqual([
      ['g-hyperscaler', 'glossary: Hyperscaler'],
    ]);
  });

  it('forgives "hyperscalar"', () => {
    expect(answerQuestion(ikb, 'what is a hyperscalar').best?.passages[0]?.id).toBe('g-hyperscaler');
  });

  it('answers how many chips Amazon deployed from paragraph 2', () => {
    const answer = answerQuestion(ikb, 'How many AI chips did Amazon deploy?');
    expect(answer.answered).toBe(true);
    expect(answer.best?.passages.map((p) => [p.id, p.source])).toEqual([['p2', 'article ¶2']]);
  });

  it('answers by acronym and by expansion from the same glossary entry', () => {
    expect(answerQuestion(ikb, 'What is a GPU?').best?.passages[0]?.id).toBe('g-gpu');
    expect(answerQuestion(ikb, 'What is a Graphics Processing Unit?').best?.passages[0]?.id).toBe('g-gpu');
  });

  it('declines a question about a chip the article does not cover', () => {
    const answer = answerQuestion(ikb, "What is Google's TPU?");
    expect(answer.answered).toBe(false);
    expect(answer.best).toBeNull();
    expect(answer.suggestions.length).toBeGreaterThan(0);
    expect(answer.suggestions.length).toBeLessThanOrEqual(3);
  });
});
