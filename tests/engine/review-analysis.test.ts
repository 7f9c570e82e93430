import { describe, expect, it } from 'vitest';
import {
  ANSWER_THRESHOLD,
  CLOSEST_FLOOR,
  closestPassage,
  questionTerms,
  type QuestionTerm,
} from '../../src/engine/index.js';
import { glimmerwortIndex } from './glimmerwort-fixture.js';

const ikb = glimmerwortIndex();
const keysOf = (question: string): string[] => questionTerms(ikb, question).map((t: QuestionTerm) => t.key);

describe('questionTerms', () => {
  it('reads chat shorthand, scaffolding, plurals and case alike ("moonpetal" is not in the content)', () => {
    expect(keysOf('wats a moonpetal')).toEqual(keysOf('What is moonpetal?'));
    expect(keysOf('moonpetals??')).toEqual(keysOf('What is moonpetal?'));
    expect(keysOf('What is moonpetal?')).toHaveLength(1);
  });

  it('corrects typos against the content vocabulary', () => {
    expect(keysOf('glimerwort harvst')).toEqual(keysOf('glimmerwort harvest'));
  });

  it('keeps each key once', () => {
    const keys = keysOf('who founded the Orrin Institute, the institute?');
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('weighs a word the content never uses above one it uses everywhere', () => {
    const terms = questionTerms(ikb, 'glimmerwort moonpetal');
    const weight = (key: string | undefined): number => terms.find((t) => t.key === key)?.weight ?? 0;
    expect(weight(keysOf('moonpetal')[0])).toBeGreaterThan(weight(keysOf('glimmerwort')[0]));
  });

  it('gives nothing for a question with no content words, and never throws', () => {
    expect(questionTerms(ikb, 'what is the?')).toEqual([]);
    expect(questionTerms(ikb, '')).toEqual([]);
    expect(questionTerms(ikb, undefined as unknown as string)).toEqual([]);
  });
});

describe('closestPassage', () => {
  it('names the passage of the entry ranked first when the question shares enough with it', () => {
    const closest = closestPassage(ikb, 'how much do glimmerwort seeds cost');
    expect(closest).toMatchObject({ passageId: 'p2', entryId: 'leaf-price' });
    expect(closest?.question).toBe('How much does dried glimmerwort sell for?');
    expect(closest?.closeness).toBeGreaterThanOrEqual(CLOSEST_FLOOR);
  });

  it('is null for a question about something the content does not have', () => {
    expect(closestPassage(ikb, 'What is moonpetal?')).toBeNull();
    expect(closestPassage(ikb, 'best pizza in town')).toBeNull();
    expect(closestPassage(ikb, 'is glimmerwort poisonous to cats')).toBeNull();
    expect(closestPassage(ikb, '')).toBeNull();
  });

  it('places its floor at half the answer threshold', () => {
    expect(CLOSEST_FLOOR).toBeCloseTo(ANSWER_THRESHOLD / 2);
  });
});
