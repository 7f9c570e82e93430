import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ANSWER_THRESHOLD } from '../../src/engine/ranking/decide.js';
import { answerQuestion, type Answer } from '../../src/engine/index.js';
import { glimmerwortIndex } from './glimmerwort-fixture.js';

const ikb = glimmerwortIndex();
const entryIds = new Set(ikb.kb.entries.map((e) => e.id));
const entryQuestions = new Set(ikb.kb.entries.map((e) => e.question));

/** Throws (failing the property) unless the answer is well formed for the question. */
function checkAnswer(question: string, answer: Answer): void {
  expect(answer.question).toBe(question);
  expect(Number.isFinite(answer.confidence)).toBe(true);
  expect(answer.confidence).toBeGreaterThanOrEqual(0);
  expect(answer.confidence).toBeLessThanOrEqual(1);
  expect(answer.answered).toBe(answer.best !== null);
  expect(answer.related.length).toBeLessThanOrEqual(3);
  expect(answer.suggestions.length).toBeLessThanOrEqual(3);
  expect(answer.related.every((r) => entryIds.has(r.id))).toBe(true);
  expect(answer.suggestions.every((s) => entryIds.has(s.id) && entryQuestions.has(s.question))).toBe(true);
  if (answer.best) {
    expect(answer.confidence).toBeGreaterThanOrEqual(ANSWER_THRESHOLD);
    expect(entryIds.has(answer.best.id)).toBe(true);
    expect(answer.best.passages.length).toBeGreaterThan(0);
    for (const passage of answer.best.passages) {
      for (const { start, end } of passage.highlights) {
        expect(0 <= start && start < end && end <= passage.text.length).toBe(true);
      }
    }
  }
}

function answersWell(question: string): void {
  const answer = answerQuestion(ikb, question);
  checkAnswer(question, answer);
  expect(answerQuestion(ikb, question)).toEqual(answer);
}

// Pieces of real Discord messages, including invisible and direction-changing characters.
const DISCORD_FRAGMENTS = [
  '<@123>',
  '<@!123>',
  '<@&9>',
  '<#1>',
  '<:e:1>',
  '<a:dance:77>',
  '<t:1700000000:R>',
  '</ask:1>',
  '@everyone',
  '@here',
  '**',
  '__',
  '*',
  '~~',
  '||',
  '`',
  '```',
  '> ',
  '\u200b',
  '\u200d',
  '\u2060',
  '\ufeff',
  '\u00ad',
  '\u202e',
  '\u200f',
  '\u2066',
  '🙂',
  '👍🏽',
  '🇫🇷',
  ' ',
  '\n',
  '?',
  'what is',
  'lumicene',
  'glimmerwort',
  'VGC',
  'Varnhold Growers Cooperative',
  'how many',
  'grow',
  '900',
  'https://example.com/x',
];

const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((code) => String.fromCharCode(code));
const anyUtf16Unit = fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code));

describe('answerQuestion properties', () => {
  it('answers any code points, lone surrogates included, with a well-formed, repeatable Answer', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), answersWell), { numRuns: 300 });
    fc.assert(
      fc.property(fc.string({ unit: fc.oneof(anyUtf16Unit, loneSurrogate), maxLength: 200 }), answersWell),
      { numRuns: 300 },
    );
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 100 }), answersWell), { numRuns: 300 });
  });

  it('answers strings built from Discord markup and content words', () => {
    const fragment = fc.oneof(
      fc.constantFrom(...DISCORD_FRAGMENTS),
      fc.string({ unit: 'grapheme-ascii', maxLength: 4 }),
    );
    fc.assert(
      fc.property(
        fc.array(fragment, { maxLength: 40 }).map((parts) => parts.join('')),
        answersWell,
      ),
      {
        numRuns: 300,
      },
    );
  });

  it('answers very long questions', () => {
    const words = fc.constantFrom(...DISCORD_FRAGMENTS, 'the', 'and', 'plant');
    const longQuestion = fc.oneof(
      fc.string({ unit: 'binary', minLength: 2_000, maxLength: 10_000 }),
      fc.array(words, { minLength: 500, maxLength: 3_000 }).map((parts) => parts.join(' ').slice(0, 10_000)),
    );
    fc.assert(fc.property(longQuestion, answersWell), { numRuns: 40 });
  });

  it('never throws for a value that is not a string at run time', () => {
    // Adapters parse their input, but the engine promises not to throw whatever it is handed.
    for (const value of [undefined, null, 42, {}, ['what is lumicene']]) {
      const answer = answerQuestion(ikb, value as string);
      expect(answer.answered).toBe(false);
      expect(answer.best).toBeNull();
    }
  });
});
