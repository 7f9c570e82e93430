import { describe, expect, it } from 'vitest';
import { describeKnowledge, findQuestion, listTopics } from '../../src/engine/index.js';
import { glimmerwortIndex } from './glimmerwort-fixture.js';

const ikb = glimmerwortIndex();

describe('describeKnowledge', () => {
  it('gives the title and counts paragraphs, glossary terms and questions', () => {
    const about = describeKnowledge(ikb);
    expect(about.title).toBe('The glimmerwort plant of the Varnhold valley');
    expect(about.paragraphs).toBe(3);
    expect(about.glossaryTerms).toBe(4);
    expect(about.passages).toBe(about.paragraphs + about.glossaryTerms);
    expect(about.questions).toBe(listTopics(ikb).length);
  });
});

describe('listTopics', () => {
  it('lists every question by entry id, curated ones included, each once', () => {
    const topics = listTopics(ikb);
    expect(topics).toContainEqual({
      id: 'leaf-price',
      question: 'How much does dried glimmerwort sell for?',
    });
    expect(new Set(topics.map((t) => t.id)).size).toBe(topics.length);
  });
});

describe('findQuestion', () => {
  it('finds an entry’s question by id, and nothing for an unknown id', () => {
    expect(findQuestion(ikb, 'what-is-hyperbloom')).toBe('What is a hyperbloom?');
    expect(findQuestion(ikb, 'no-such-entry')).toBeNull();
  });
});
