import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeUserText } from '../../src/bot/render/escape-user-text.js';

// What would make Discord draw a link, a command mention or reorder the line, written out here.
const MASKED_LINK = /\[[^\]]*\]\(/;
const URL_SCHEME = /[a-z][a-z0-9+.-]*:\/\//i;
const ANGLE_MARKUP = /<(?:[@#][!&]?\d|[/:a-z])/i;
const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/;

/** What a reader sees: escapes resolved, zero-width spaces invisible. */
const shown = (markdown: string) => markdown.replace(/\\(.)/g, '$1').replace(/\u200b/g, '');

describe('escapeUserText', () => {
  it('leaves no masked link live, however many there are (discord.js escapes only the first)', () => {
    const out = escapeUserText('zzqx [a](http://x.example) [click here](http://evil.example/login)');
    expect(out).not.toMatch(MASKED_LINK);
    expect(out.match(/\\\[/g)).toHaveLength(2);
    expect(out.match(/\\\]/g)).toHaveLength(2);
    expect(shown(out)).toBe('zzqx [a](http://x.example) [click here](http://evil.example/login)');
  });

  it('breaks bare links and autolinks of any scheme', () => {
    for (const text of [
      'see https://evil.example',
      '<http://auto.example>',
      'steam://run/1',
      'HTTPS://X.EXAMPLE',
    ]) {
      const out = escapeUserText(text);
      expect(out, text).not.toMatch(URL_SCHEME);
      expect(shown(out), text).toBe(text);
    }
  });

  it('breaks command mentions, mentions, channels, emoji and timestamps', () => {
    const text = '</reload:1> </ask sub:22> <@1> <@!2> <@&3> <#4> <:e:5> <a:e:6> <t:7:R> <id:home>';
    const out = escapeUserText(text);
    expect(out).not.toMatch(ANGLE_MARKUP);
    expect(shown(out)).toBe(text);
  });

  it('removes NUL, control characters and every bidi override, embedding and isolate', () => {
    const out = escapeUserText(
      'a\u0000b\u202ec\u202ad\u202be\u202cf\u202dg\u2066h\u2067i\u2068j\u2069k\u0007\u001b[2Jl',
    );
    expect(out).toBe('abcdefghijk\\[2Jl');
    // Right-to-left text itself is kept.
    expect(escapeUserText('שלום مرحبا')).toBe('שלום مرحبا');
  });

  it('keeps a user backslash from un-escaping a bracket', () => {
    const out = escapeUserText('\\[a\\](http://x)');
    expect(out).not.toMatch(MASKED_LINK);
    // Every [ and ] is preceded by an odd run of backslashes: escaped, not an escaped backslash.
    for (const match of out.matchAll(/(\\*)[[\]]/g)) expect((match[1] ?? '').length % 2).toBe(1);
  });

  it('for any text: no masked link, link, angle markup, bidi control or NUL (property)', () => {
    const piece = fc.constantFrom(
      '[',
      ']',
      '(',
      ')',
      '\\',
      '<',
      '>',
      '/',
      ':',
      '@',
      '#',
      'http',
      'x',
      ' ',
      '\u202e',
      '\u2066',
      '\u0000',
      '*',
      '_',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const text = pieces.join('');
        const out = escapeUserText(text);
        // It reads exactly as typed, less the characters that must go.
        expect(shown(out)).toBe(text.replace(/[\u202e\u2066]/g, '').replaceAll('\u0000', ''));
        expect(out).not.toMatch(MASKED_LINK);
        expect(out).not.toMatch(URL_SCHEME);
        expect(out).not.toMatch(ANGLE_MARKUP);
        expect(out).not.toMatch(BIDI_CONTROLS);
        expect(out).not.toContain('\u0000');
        for (const match of out.matchAll(/(\\*)[[\]*_]/g)) expect((match[1] ?? '').length % 2).toBe(1);
      }),
      { numRuns: 2000 },
    );
  });
});
