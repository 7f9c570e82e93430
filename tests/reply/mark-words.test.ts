import { describe, expect, it } from 'vitest';
import { markWords } from '../../src/reply/mark-words.js';
import { quotePassage } from '../../src/reply/build-reply.js';

const bold = (segments: readonly { text: string; bold: boolean }[]): string[] =>
  segments.filter((s) => s.bold).map((s) => s.text);

describe('matched words are marked as whole tokens', () => {
  it('bolds a word joined by ".", "-" or "_" to another whole, never half of it', () => {
    const text = 'In Node.js, the command-line example builds a browser-ready script; set DEBUG_COLORS.';
    expect(bold(markWords(text, new Set(['node', 'command', 'line', 'browser', 'colors'])))).toEqual([
      'Node.js',
      'command-line',
      'browser-ready',
      'DEBUG_COLORS',
    ]);
    // A sentence's full stop is not a joint.
    expect(bold(markWords('It runs in Node. Then it stops.', new Set(['node'])))).toEqual(['Node']);
    expect(
      markWords(text, new Set(['node']))
        .map((s) => s.text)
        .join(''),
    ).toBe(text);
  });

  it('widens the engine’s highlights of a plain passage to whole tokens', () => {
    const text = 'In Node.js, colors are enabled when stderr is a TTY.';
    const quoted = quotePassage({
      id: 'p1',
      text,
      source: 'article ¶1',
      highlights: [
        { start: 3, end: 7 },
        { start: 12, end: 18 },
      ],
      sentences: [{ id: 'p1.s1', start: 0, end: text.length }],
    });
    expect(bold(quoted.segments)).toEqual(['Node.js', 'colors']);
    expect(quoted.segments.map((s) => s.text).join('')).toBe(text);
  });
});
