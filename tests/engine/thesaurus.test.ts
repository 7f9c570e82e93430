import { describe, expect, it } from 'vitest';

import { THESAURUS_LINES } from '../../src/engine/lexicon/thesaurus-data.js';
import { thesaurusSynonyms } from '../../src/engine/lexicon/thesaurus.js';

describe('thesaurusSynonyms', () => {
  it('finds the words an article may use for a question word', () => {
    expect(thesaurusSynonyms('bike')).toContain('bicycle');
    expect(thesaurusSynonyms('bicycle')).toContain('bike');
    expect(thesaurusSynonyms('car')).toContain('automobile');
    expect(thesaurusSynonyms('huge')).toEqual(expect.arrayContaining(['large', 'big']));
  });

  it('knows British and American spellings', () => {
    expect(thesaurusSynonyms('tyre')).toContain('tire');
    expect(thesaurusSynonyms('tire')).toContain('tyre');
    expect(thesaurusSynonyms('colour')).toContain('color');
  });

  it('looks an inflected word up by its lemma', () => {
    expect(thesaurusSynonyms('invented')).toEqual(thesaurusSynonyms('invent'));
    expect(thesaurusSynonyms('invented')).toContain('devise');
    expect(thesaurusSynonyms('devised')).toContain('invent');
    expect(thesaurusSynonyms('bikes')).toContain('bicycle');
    expect(thesaurusSynonyms('tyres')).toContain('tire');
    expect(thesaurusSynonyms('carried')).toEqual(thesaurusSynonyms('carry'));
    expect(thesaurusSynonyms('hoping')).toEqual(thesaurusSynonyms('hope'));
  });

  it('does not take a lemma for an inflection of another', () => {
    expect(thesaurusSynonyms('see').length).toBeGreaterThan(0);
    expect(thesaurusSynonyms('seed')).toEqual([]);
  });

  it('returns [] for words it does not know and never throws', () => {
    for (const word of [
      'glimmerwort',
      'zzzz',
      '',
      ' ',
      'a b',
      '🚲',
      'x'.repeat(10_000),
      '__proto__',
      'constructor',
    ]) {
      expect(thesaurusSynonyms(word)).toEqual([]);
    }
  });

  it('lists lemmas as lowercase words, sorted, without the lemma itself', () => {
    const lines = THESAURUS_LINES.split('\n').filter(Boolean);
    expect(lines.length).toBeGreaterThan(10_000);
    const malformed = lines.filter((line) => {
      const [lemma = '', ...synonyms] = line.split(' ');
      const tidy = [...new Set(synonyms)].filter((word) => word !== lemma).sort();
      return !/^[a-z]+(?: [a-z]+)*$/u.test(line) || tidy.join(' ') !== synonyms.join(' ');
    });
    expect(malformed).toEqual([]);
  });
});
