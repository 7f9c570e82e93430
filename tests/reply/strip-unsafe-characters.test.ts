import { describe, expect, it } from 'vitest';
import { stripUnsafeCharacters } from '../../src/reply/strip-unsafe-characters.js';

describe('stripUnsafeCharacters', () => {
  it('removes NUL, C0/C1 controls (not tab or newline) and bidi overrides, embeddings and isolates', () => {
    expect(stripUnsafeCharacters('a\u0000b\tc\nd\re\u0085f\u007fg\u202eh\u2067i\u2069j')).toBe(
      'ab\tc\ndefghij',
    );
  });

  it('repairs broken UTF-16 and keeps other scripts, emoji and joiners', () => {
    expect(stripUnsafeCharacters('\uD800x')).toBe('\uFFFDx');
    expect(stripUnsafeCharacters('مرحبا 👩‍💻 ok')).toBe('مرحبا 👩‍💻 ok');
  });
});
