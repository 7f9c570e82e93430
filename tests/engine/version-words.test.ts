import { describe, expect, it } from 'vitest';
import { compileFiles } from '../../src/content/compile-content.js';
import { answerQuestion, buildIndex } from '../../src/engine/index.js';

// A dotted version ("1.2.3") names something, as a word does; a bare number or decimal ("42", "2.5")
// is a figure, which alone asks nothing.
const PAGE = `# Versions

## Tilde ranges ~1.2.3

Allows patch-level changes if a minor version is specified on the comparator.

## Limits

A bucket holds at most 42 items and weighs 2.5 kilograms when it is full.

## Sorting

Versions sort by their major, minor and patch numbers in turn.
`;

const ikb = buildIndex(compileFiles('fixture', { documents: [{ file: 'versions.md', text: PAGE }] }));

describe('version numbers in a question', () => {
  it('answers a question that names only a version', () => {
    for (const question of ['what does ~1.2.3 mean', '1.2.3']) {
      const answer = answerQuestion(ikb, question);
      expect(answer.answered, question).toBe(true);
      expect(answer.best?.question, question).toBe('Tilde ranges ~1.2.3');
    }
  });

  it('still reads a bare number or decimal as a figure, which alone asks nothing', () => {
    for (const question of ['42', 'what about 2.5'])
      expect(answerQuestion(ikb, question).answered, question).toBe(false);
  });
});
