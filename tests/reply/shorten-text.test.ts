import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isWellFormed } from './well-formed.js';
import { shortenText, toWellFormed } from '../../src/reply/shorten-text.js';

describe('toWellFormed', () => {
  it('replaces lone surrogates and keeps pairs', () => {
    expect(toWellFormed('a\uD800b\uDC00c😀')).toBe('a\uFFFDb\uFFFDc😀');
  });
});

describe('shortenText', () => {
  it('leaves short text alone', () => {
    expect(shortenText('hello', 5)).toBe('hello');
  });

  it('cuts long text between words and ends with an ellipsis', () => {
    expect(shortenText('hello world', 8)).toBe('hello…');
    expect(shortenText('Return the lowest version that can match the range', 28)).toBe(
      'Return the lowest version…',
    );
  });

  it('cuts inside a word only when one word fills most of the room', () => {
    expect(shortenText('a supercalifragilistic word', 12)).toBe('a supercali…');
  });

  it('does not split a surrogate pair at the cut', () => {
    const out = shortenText('ab😀cd', 4);
    expect(out).toBe('ab…');
    expect(isWellFormed(out)).toBe(true);
  });

  it('does not leave a backslash escaping the ellipsis', () => {
    expect(shortenText('abc\\*def', 5)).toBe('abc…');
  });

  it('always fits, is well-formed, and keeps short input unchanged (property)', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 300 }),
        fc.integer({ min: 1, max: 120 }),
        (text, max) => {
          const out = shortenText(text, max);
          expect(out.length).toBeLessThanOrEqual(max);
          expect(isWellFormed(out)).toBe(true);
          if (text.length <= max && isWellFormed(text)) expect(out).toBe(text);
        },
      ),
    );
  });
});
