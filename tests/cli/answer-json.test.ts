import { describe, expect, it } from 'vitest';
import { toAnswerJson } from '../../src/cli/answer-json.js';
import type { Answer } from '../../src/engine/index.js';
import { answerWith, banPassages, cite, lookup } from '../reply/document-fixtures.js';

describe('toAnswerJson', () => {
  it('keeps the documented fields only, dropping highlights', () => {
    const answer: Answer = {
      question: 'What is lumicene?',
      answered: true,
      confidence: 0.87654,
      best: {
        id: 'def-lumicene',
        question: 'What is Lumicene?',
        passages: [
          {
            id: 'g-lumicene',
            text: 'Lumicene: A pigment.',
            source: 'glossary: Lumicene',
            highlights: [{ start: 0, end: 8 }],
            sentences: [{ id: 'g-lumicene.s1', start: 0, end: 20 }],
          },
        ],
      },
      related: [{ id: 'about-p1', question: 'What does the article say about Varnhold?' }],
      suggestions: [],
    };
    const json = toAnswerJson(answer);
    expect(json).toEqual({
      question: 'What is lumicene?',
      answered: true,
      confidence: expect.closeTo(0.877, 3) as number,
      best: {
        id: 'def-lumicene',
        question: 'What is Lumicene?',
        passages: [
          {
            id: 'g-lumicene',
            text: 'Lumicene: A pigment.',
            source: 'glossary: Lumicene',
            sentences: ['g-lumicene.s1'],
          },
        ],
      },
      related: [{ id: 'about-p1', question: 'What does the article say about Varnhold?' }],
      suggestions: [],
    });
    expect(Object.keys(json.best?.passages[0] ?? {})).toEqual(['id', 'text', 'source', 'sentences']);
  });

  it('keeps best null and the suggestions of a declined answer', () => {
    const json = toAnswerJson({
      question: 'hi',
      answered: false,
      confidence: 0,
      best: null,
      related: [],
      suggestions: [{ id: 'def-lumicene', question: 'What is Lumicene?' }],
    });
    expect(json).toEqual({
      question: 'hi',
      answered: false,
      confidence: 0,
      best: null,
      related: [],
      suggestions: [{ id: 'def-lumicene', question: 'What is Lumicene?' }],
    });
  });

  it('adds each passage kind, code language and section url when the knowledge base is given', () => {
    const answer = answerWith(banPassages.map((p) => cite(p)));
    const json = toAnswerJson(answer, lookup(banPassages));
    expect(json.best?.passages.map(({ kind, language, url }) => ({ kind, language, url }))).toEqual([
      { kind: 'code', language: 'js', url: banPassages[0]?.url },
      { kind: 'admonition', language: undefined, url: banPassages[1]?.url },
    ]);
    expect(Object.keys(json.best?.passages[1] ?? {})).toEqual([
      'id',
      'text',
      'source',
      'sentences',
      'kind',
      'url',
    ]);
  });
});
