import { describe, expect, it } from 'vitest';
import {
  sentenceFeaturesOf,
  HAS_DATE,
  HAS_NUMBER,
  HAS_YEAR,
} from '../../src/engine/indexing/sentence-features.js';
import { stemWord } from '../../src/engine/query/analyzer.js';
import { answerTypeOf } from '../../src/engine/query/answer-type.js';

describe('answerTypeOf', () => {
  it.each([
    ['When was the dam built?', 'time'],
    ['In what year did the Normans invade?', 'time'],
    ['how many chips did aws deploy', 'number'],
    ['Who ruled the duchy?', 'person'],
    ['<@123> who made ralph earl', 'person'],
    ['From which countries did the Norse originate?', 'place'],
    ['where was it mapped', 'place'],
  ] as const)('reads %j as asking for a %s', (question, kind) => {
    expect(answerTypeOf(question)).toBe(kind);
  });

  it('goes by the leading question word, not a later clause', () => {
    expect(answerTypeOf("Who led Richard's troops when Cyprus was conquered?")).toBe('person');
    expect(answerTypeOf('why is trainium a good choice when nvidia gpus are sold out')).toBeUndefined();
    expect(answerTypeOf('is trainium available when nvidia isnt')).toBeUndefined();
    expect(answerTypeOf('What is the economy based on?')).toBeUndefined();
  });
});

describe('sentenceFeaturesOf', () => {
  it('finds years, dates and figures', () => {
    expect(sentenceFeaturesOf('The lake was mapped in 1820.').flags & HAS_YEAR).toBe(HAS_YEAR);
    expect(sentenceFeaturesOf('The Duchy began in 911 as a fiefdom.').flags & HAS_YEAR).toBe(HAS_YEAR);
    expect(sentenceFeaturesOf('In the 10th and 11th centuries they settled.').flags & HAS_YEAR).toBe(
      HAS_YEAR,
    );
    expect(sentenceFeaturesOf('It opened in May.').flags & HAS_DATE).toBe(HAS_DATE);
    expect(sentenceFeaturesOf('They grew by 12 percent.').flags).toBe(HAS_NUMBER);
    expect(sentenceFeaturesOf('Sales rose in 35 percent of shops.').flags & HAS_YEAR).toBe(0);
  });

  it('reads four digits that count a thing as a figure, not a year', () => {
    const limit = sentenceFeaturesOf('The footer text is limited to 2048 characters.');
    expect(limit.flags).toBe(HAS_NUMBER);
    expect(sentenceFeaturesOf('The 1990s brought rain; 1066 Normans landed.').flags & HAS_YEAR).toBe(
      HAS_YEAR,
    );
    expect(sentenceFeaturesOf('It has 2048 characters and opened in 1820.').flags & HAS_YEAR).toBe(HAS_YEAR);
  });

  it('reads "one of the …" as naming no count, and a lone "one" as one', () => {
    expect(sentenceFeaturesOf('One of the functions of the marrow is to train cells.').flags).toBe(0);
    expect(sentenceFeaturesOf('Only one cell survived.').flags).toBe(HAS_NUMBER);
  });

  it('collects the capitalised words after the first, stemmed', () => {
    expect([...sentenceFeaturesOf('Later the Normans reached Sicily.').names]).toEqual(['norman', 'sicili']);
  });
});

describe('stemWord', () => {
  it('reads irregular past forms as their verb', () => {
    expect(stemWord('fled')).toBe(stemWord('flee'));
    expect(stemWord('bought')).toBe(stemWord('buy'));
    expect(stemWord('taught')).toBe(stemWord('teach'));
  });

  it('leaves past forms that are words of their own alone', () => {
    expect(stemWord('found')).not.toBe(stemWord('find'));
    expect(stemWord('left')).not.toBe(stemWord('leave'));
  });

  it('meets British -ise spellings with their -ize forms', () => {
    expect(stemWord('utilised')).toBe(stemWord('utilized'));
    expect(stemWord('organisation')).toBe(stemWord('organization'));
    expect(stemWord('rise')).toBe('rise');
  });
});
