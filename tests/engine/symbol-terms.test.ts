import { describe, expect, it } from 'vitest';
import { compileFiles } from '../../src/content/compile-content.js';
import { answerQuestion, buildIndex, questionTerms } from '../../src/engine/index.js';
import { documentSymbolTerms, querySymbolTerms } from '../../src/engine/query/symbol-terms.js';

// A page whose topics are operators and specifiers, written in code, with the same words around them.
const PAGE = `# Versions

## Formats

The logger formats its arguments printf-style:

| Specifier | Prints |
| --- | --- |
| \`%j\` | the value as JSON |
| \`%s\` | the value as a string |
| \`%S\` | the value as a string in upper case |

## Caret ranges

A caret range such as \`^2.4.0\` allows changes that keep the left-most non-zero number of the version.

## Tilde ranges

A tilde range such as \`~2.4.0\` allows patch-level changes when a minor number is given in the version.

## Joining ranges

Two ranges joined by \`||\` accept a version that satisfies either of them: \`1.x || >=2.5.0\`.

## Fallback values

A missing setting is read from the next source, as \`port ?? 8080\` takes 8080 only when port is unset.

## Notes

Releases & patches are listed in the changelog, one line each.
`;

const ikb = buildIndex(compileFiles('fixture', { documents: [{ file: 'versions.md', text: PAGE }] }));
const symbols = (question: string): string[] => querySymbolTerms(question).map((t) => t.word);
const sectionOf = (question: string): string | undefined => {
  const answer = answerQuestion(ikb, question);
  return answer.answered ? answer.best?.passages[0]?.source : undefined;
};

describe('symbols in a question', () => {
  it('reads operators and specifiers standing alone, starting a word, or long between words', () => {
    expect(symbols('what does %o do')).toEqual(['%', '%o']);
    expect(symbols('difference between ~ and ^ in a version range')).toEqual(['~', '^']);
    expect(symbols('what does ^1.2.3 mean')).toEqual(['^']);
    expect(symbols('what does || mean in a range')).toEqual(['||']);
    expect(symbols('what does +(a|b) match')).toEqual(['+(']);
    expect(symbols('what is `$in`')).toEqual(['$', '$in']);
    expect(symbols('what does ?? do')).toEqual(['??']);
    expect(symbols('ranges like {01..25}')).toEqual(['..']);
    expect(symbols('a ... b')).toEqual(['...']);
  });

  it('leaves prose punctuation and chat markup alone', () => {
    for (const question of [
      'what?',
      'ok!!',
      'is there c++ support',
      'the lib (debug) is fine.',
      'why ??',
      'call foo()',
    ])
      expect(symbols(question), question).toEqual([]);
    expect(symbols('**bold** and ||spoiler|| and ~~gone~~')).toEqual([]);
  });

  it('keeps the case of a specifier: %s and %S are two terms', () => {
    expect(querySymbolTerms('%s or %S').map((t) => t.key)).toEqual(['`%', '`%s', '`%', '`%S']);
  });
});

describe('symbols in documents', () => {
  it('are read from code only, as a question reads them', () => {
    const text = 'Use a || b here, and x || y.';
    const start = text.indexOf('a || b');
    expect(documentSymbolTerms(text, [{ start, end: start + 6 }]).map((t) => t.word)).toEqual(['||']);
    // In code as in a question, a mark closing a word is not a symbol (`'Pong!'`, `i++`).
    expect(documentSymbolTerms("reply('Pong!')\ni++", [{ start: 0, end: 18 }]).map((t) => t.word)).toEqual(
      [],
    );
  });

  it('rank the passage whose code has the question symbol', () => {
    expect(sectionOf('what does ^2.4.0 mean')).toContain('Caret ranges');
    expect(sectionOf('what does ~2.4.0 mean')).toContain('Tilde ranges');
    expect(sectionOf('what does || mean in a range')).toContain('Joining ranges');
    expect(sectionOf('what does ?? do')).toContain('Fallback values');
    expect(sectionOf('whats the difference between %s and %S')).toContain('Formats');
  });

  it('count only where the content writes them in code', () => {
    const keys = (question: string): string[] => questionTerms(ikb, question).map((t) => t.key);
    expect(keys('what does ?? do')).toEqual(['`??']);
    // `%s` is in the content, so the bare `%` it starts with does not count apart from it.
    expect(keys('what does %s print')).toContain('`%s');
    expect(keys('what does %s print')).not.toContain('`%');
    // No `++` in the content: "c++" is a word and its punctuation; `&` stands in prose only.
    expect(keys('is there c++ support').some((k) => k.startsWith('`'))).toBe(false);
    expect(keys('what does & do')).toEqual([]);
    expect(answerQuestion(ikb, 'what?').answered).toBe(false);
  });
});
