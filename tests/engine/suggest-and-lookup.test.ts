import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { lookupGlossary, suggestQuestions, type IndexedKnowledgeBase } from '../../src/engine/index.js';
import { loadKnowledge } from '../../src/load-knowledge.js';
import { glimmerwortIndex } from './glimmerwort-fixture.js';

const ikb = glimmerwortIndex();
const featuredIds = (kb: IndexedKnowledgeBase): string[] =>
  kb.featured.map((i) => kb.kb.entries[i]?.id ?? '');

describe('suggestQuestions', () => {
  it('offers the featured questions, in order, for an empty input', () => {
    expect(suggestQuestions(ikb, '', 5).map((e) => e.id)).toEqual(featuredIds(ikb).slice(0, 5));
  });

  it('respects the limit', () => {
    expect(suggestQuestions(ikb, '', 2)).toHaveLength(2);
    expect(suggestQuestions(ikb, '', 0)).toHaveLength(0);
    expect(suggestQuestions(ikb, 'glimmerwort', 1).length).toBeLessThanOrEqual(1);
    expect(suggestQuestions(ikb, '', 1000).length).toBeLessThanOrEqual(ikb.kb.entries.length);
  });

  it('ranks the question whose word a partial input begins first', () => {
    expect(suggestQuestions(ikb, 'hyper', 3)[0]?.passageIds).toEqual(['g-hyperbloom']);
    expect(suggestQuestions(ikb, 'what is glassh', 3)[0]?.passageIds).toEqual(['g-greenhouse']);
  });

  it('suggests distinct entries', () => {
    const ids = suggestQuestions(ikb, 'glimmerwort', 10).map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('lookupGlossary', () => {
  it.each([
    ['Lumicene', 'g-lumicene'],
    ['LUMICENE', 'g-lumicene'],
    ['vgc', 'g-vgc'],
    ['varnhold growers cooperative', 'g-vgc'],
    ['Glasshouse', 'g-greenhouse'],
    ['greenhouse', 'g-greenhouse'],
  ])('finds %j by any of its names, ignoring case', (term, id) => {
    expect(lookupGlossary(ikb, term).entry?.id).toBe(id);
  });

  it('offers the closest entry for a typo', () => {
    const lookup = lookupGlossary(ikb, 'glashouse');
    expect(lookup.entry).toBeNull();
    expect(lookup.closest[0]?.id).toBe('g-greenhouse');
    expect(lookup.closest.length).toBeLessThanOrEqual(3);
  });

  it('finds nothing exact for an unknown term, and offers at most 3 others', () => {
    const lookup = lookupGlossary(ikb, 'photosynthesis');
    expect(lookup.entry).toBeNull();
    expect(lookup.closest.length).toBeLessThanOrEqual(3);
  });
});

describe('suggestQuestions on the real content', () => {
  let real: IndexedKnowledgeBase;
  beforeAll(async () => {
    real = await loadKnowledge(fileURLToPath(new URL('../../content/', import.meta.url)));
  });

  it('ranks a hyperscaler question first for "hyper"', () => {
    expect(suggestQuestions(real, 'hyper', 3)[0]?.question).toMatch(/hyperscaler/i);
  });

  it('opens with featured questions on distinct passages', () => {
    const suggested = suggestQuestions(real, '', 3);
    expect(suggested.map((e) => e.id)).toEqual(featuredIds(real).slice(0, 3));
    expect(new Set(suggested.map((e) => e.passageIds[0])).size).toBe(3);
  });
});
