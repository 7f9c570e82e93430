import { describe, expect, it } from 'vitest';
import type { Passage } from '../../src/content/knowledge-base.js';
import { bigramKey, bigramPostings, buildPassageIndex } from '../../src/engine/indexing/passage-index.js';
import { HAS_DATE, HAS_NUMBER, HAS_YEAR } from '../../src/engine/indexing/sentence-features.js';
import { createAnalyzer } from '../../src/engine/query/analyzer.js';

const paragraph = (id: string, sentences: string[], section?: string): Passage => ({
  id,
  kind: 'paragraph',
  text: sentences.join(' '),
  source: id,
  sentences: sentences.map((text, k) => ({ id: `${id}.s${k + 1}`, text })),
  ...(section === undefined ? {} : { section }),
});

const passages = [
  paragraph('p1', ['Smoked char is sold at the market.', 'The dam was built in 1911.']),
  paragraph('p2', ['Fishermen sell smoked char in May.', 'Smoked char keeps for a month.'], 'Economy'),
];
const index = buildPassageIndex(passages, createAnalyzer([]));

describe('buildPassageIndex', () => {
  it('finds a word pair that stands once, with its passage and sentence', () => {
    expect(bigramPostings(index, bigramKey('dam', 'build'))).toEqual({
      passages: [0],
      counts: [1],
      sentenceMasks: [0b10],
    });
  });

  it('counts a pair in every passage and sentence it stands in', () => {
    expect(bigramPostings(index, bigramKey('smoke', 'char'))).toEqual({
      passages: [0, 1],
      counts: [1, 2],
      sentenceMasks: [0b01, 0b11],
    });
  });

  it('knows nothing of a pair that never stands side by side', () => {
    expect(bigramPostings(index, bigramKey('char', 'dam'))).toBeUndefined();
  });

  it("gives a section heading's words to every sentence of its paragraphs, not to others", () => {
    expect(index.passagePostings.get('economi')).toEqual({ passages: [1], counts: [1], sentenceMasks: [-1] });
  });

  it('marks the sentences that hold a year, a date or a figure, and where each sentence stands', () => {
    expect(Array.from(index.sentenceFeatures)).toEqual([0, HAS_YEAR | HAS_NUMBER, HAS_DATE, 0]);
    const second = passages[0]?.text.slice(index.sentenceStart[1], index.sentenceEnd[1]);
    expect(second).toBe('The dam was built in 1911.');
  });
});
