import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { lookupGlossary, suggestQuestions, type IndexedKnowledgeBase } from '../../src/engine/index.js';
import { loadKnowledge } from '../../src/knowledge/load-knowledge.js';
import { glimmerwortIndex } from './glimmerwort-fixture.js';

const ikb = glimmerwortIndex();
const passageOf = (entryId: string | undefined): string | undefined =>
  ikb.kb.entries.find((e) => e.id === entryId)?.passageIds[0];
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
  ])('finds %j by any of its names, ignoring case, and cites its definition', (term, passageId) => {
    const { definition } = lookupGlossary(ikb, term);
    expect(definition?.passage.id).toBe(passageId);
    expect(definition?.passage.source).toMatch(/^glossary: /u);
  });

  it('names the term as written and the glossary question that answers with it', () => {
    const { definition } = lookupGlossary(ikb, 'varnhold growers cooperative');
    expect(definition?.term).toBe('VGC (Varnhold Growers Cooperative)');
    const entry = ikb.kb.entries.find((e) => e.id === definition?.entryId);
    expect(entry?.origin).toBe('glossary');
    expect(entry?.passageIds).toEqual(['g-vgc']);
  });

  it('falls back to the curated question when it replaced the glossary one', () => {
    // The curated "What is a hyperbloom?" takes the place of the derived question of the same wording.
    expect(ikb.kb.entries.some((e) => e.origin === 'glossary' && e.passageIds[0] === 'g-hyperbloom')).toBe(
      false,
    );
    expect(lookupGlossary(ikb, 'hyperbloom').definition?.entryId).toBe('what-is-hyperbloom');
  });

  it('cites the whole definition: every sentence answers, nothing is highlighted', () => {
    const passage = lookupGlossary(ikb, 'lumicene').definition?.passage;
    expect(passage?.highlights).toEqual([]);
    expect(passage?.sentences.map((s) => s.id)).toEqual(['g-lumicene.s1']);
    expect(passage?.text.slice(passage.sentences[0]?.start, passage.sentences[0]?.end)).toContain(
      'The blue pigment',
    );
  });

  it('offers the question about the closest term for a typo', () => {
    const lookup = lookupGlossary(ikb, 'glashouse');
    expect(lookup.definition).toBeNull();
    expect(passageOf(lookup.closest[0]?.id)).toBe('g-greenhouse');
    expect(lookup.closest.length).toBeLessThanOrEqual(3);
  });

  it('finds nothing exact for an unknown term, and offers at most 3 distinct questions', () => {
    const lookup = lookupGlossary(ikb, 'photosynthesis');
    expect(lookup.definition).toBeNull();
    expect(lookup.closest.length).toBeLessThanOrEqual(3);
    expect(new Set(lookup.closest.map((q) => passageOf(q.id))).size).toBe(lookup.closest.length);
  });

  it('offers the first terms for an empty term', () => {
    const lookup = lookupGlossary(ikb, '  ');
    expect(lookup.definition).toBeNull();
    expect(lookup.closest.map((q) => passageOf(q.id))).toEqual(['g-lumicene', 'g-vgc', 'g-hyperbloom']);
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
