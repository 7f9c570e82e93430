import { describe, expect, it } from 'vitest';

import { commonnessOf } from '../../src/engine/lexicon/common-words.js';
import { frequencyRank } from '../../src/engine/lexicon/word-frequencies.js';
import { zipfOf } from '../../src/engine/lexicon/word-rarity.js';

describe('zipfOf', () => {
  it('orders words by how often they are spoken', () => {
    expect(zipfOf('the')).toBeGreaterThan(zipfOf('bicycle'));
    expect(zipfOf('bicycle')).toBeGreaterThan(zipfOf('hyperscaler'));
    expect(zipfOf('bicycle')).toBeGreaterThan(0);
  });

  it('keeps the Zipf scale the ranking is tuned on', () => {
    // SUBTLEX-US values (log10 per billion words): "the" 7.48, "bicycle" 3.83.
    expect(zipfOf('the')).toBeCloseTo(7.48, 1);
    expect(zipfOf('bicycle')).toBeCloseTo(3.83, 1);
    expect(zipfOf('the')).toBeLessThan(7.7);
  });

  it('keeps words on the side of a two-decimal threshold their exact value is on', () => {
    // In SUBTLEX-US "hard" is 5.4994 and "alone" 5.5003; the engine compares with 5.5.
    expect(zipfOf('hard')).toBeLessThan(5.5);
    expect(zipfOf('alone')).toBeGreaterThanOrEqual(5.5);
  });

  it('is 0 for a word never seen, and for nothing', () => {
    expect(zipfOf('zzqxv')).toBe(0);
    expect(zipfOf('')).toBe(0);
  });

  it('gives a name of several words the value of its rarest word', () => {
    expect(zipfOf('graphics processing unit')).toBe(zipfOf('graphics'));
    expect(zipfOf('graphics processing unit')).toBeLessThan(zipfOf('unit'));
    expect(zipfOf('the zzqxv')).toBe(0);
  });
});

describe('commonnessOf', () => {
  it('sorts words as the SUBTLEX-US ranks did before the data was generated', () => {
    expect(['you', 'the', 'company', 'hard'].map(commonnessOf)).toEqual(Array(4).fill('everyday'));
    expect(['chip', 'price', 'unit', 'machine'].map(commonnessOf)).toEqual(Array(4).fill('common'));
    expect(['bicycle', 'processing', 'hyperscaler', 'zzqxv', ''].map(commonnessOf)).toEqual(
      Array(5).fill('rare'),
    );
  });

  it('counts ranks from the commonest word', () => {
    expect(frequencyRank('you')).toBe(0);
    expect(frequencyRank('i')).toBe(1);
    expect(frequencyRank('the')).toBe(2);
    expect(frequencyRank('zzqxv')).toBeUndefined();
  });
});
