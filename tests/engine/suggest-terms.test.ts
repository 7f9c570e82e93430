import { describe, expect, it } from 'vitest';
import { suggestTerms } from '../../src/engine/index.js';
import { glimmerwortIndex } from './glimmerwort-fixture.js';

const ikb = glimmerwortIndex();

describe('suggestTerms', () => {
  it('offers every glossary name, in glossary order, when nothing is typed', () => {
    expect(suggestTerms(ikb, '  ', 25)).toEqual([
      'Lumicene',
      'VGC',
      'Varnhold Growers Cooperative',
      'Hyperbloom',
      'Greenhouse',
      'Glasshouse',
    ]);
  });

  it('puts names that start with the typed text before names that only contain it', () => {
    expect(suggestTerms(ikb, 'G', 25)).toEqual([
      'Greenhouse',
      'Glasshouse',
      'VGC',
      'Varnhold Growers Cooperative',
    ]);
  });

  it('ignores case and surrounding spaces', () => {
    expect(suggestTerms(ikb, ' hOUSE ', 25)).toEqual(['Greenhouse', 'Glasshouse']);
  });

  it('respects the limit', () => {
    expect(suggestTerms(ikb, '', 2)).toEqual(['Lumicene', 'VGC']);
    expect(suggestTerms(ikb, '', 0)).toEqual([]);
  });

  it('offers nothing when no name contains the text', () => {
    expect(suggestTerms(ikb, 'photosynthesis', 25)).toEqual([]);
  });
});
