import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { answerQuestion, type IndexedKnowledgeBase } from '../../src/engine/index.js';
import { loadKnowledge } from '../../src/knowledge/load-knowledge.js';
import { resolveQuery } from '../../src/engine/query/resolve-query.js';
import { confidenceFrom, type Reading } from '../../src/engine/ranking/decide.js';
import { guessedShare } from '../../src/engine/ranking/strangeness.js';
import { TUNING } from '../../src/engine/tuning.js';
import { readingWith } from './reading-fixture.js';

const reading = (entry: number, bare: boolean, guessed: number, window = 0): Reading =>
  readingWith({ entry, window, windowEvidence: window === 0 ? 0 : 10, bare, guessed });

describe('a question the content meets only through a guessed sense', () => {
  let ikb: IndexedKnowledgeBase;
  beforeAll(async () => {
    ikb = await loadKnowledge(fileURLToPath(new URL('../../content/', import.meta.url)));
  });

  it('measures the share of the question met only through the thesaurus', () => {
    // "founded" reaches the article only as the thesaurus's "launch"; "nvidia" is the article's word.
    expect(guessedShare(resolveQuery(ikb, 'who founded nvidia'))).toBeGreaterThan(0.3);
    expect(guessedShare(resolveQuery(ikb, 'who makes trainium'))).toBe(0);
  });

  it("discounts an entry's own coverage by it, not a bare paragraph's (it has its own bar)", () => {
    const { guessedDiscount } = TUNING.decision;
    expect(guessedDiscount).toBeGreaterThan(0);
    expect(confidenceFrom(reading(0.6, false, 0.5)).confidence).toBeCloseTo(
      0.6 * (1 - guessedDiscount * 0.5),
    );
    expect(confidenceFrom(reading(0.6, false, 0)).confidence).toBeCloseTo(0.6);
    const bare = confidenceFrom(reading(0.8, true, 0.5)).confidence;
    expect(bare).toBeCloseTo(0.8 + TUNING.decision.threshold - TUNING.decision.bareEntryThreshold);
  });

  it('discounts the window reading by it when guessedWindowDiscount says so', () => {
    const decision = { ...TUNING.decision, guessedWindowDiscount: 0.5 };
    const shifted = 0.8 + decision.threshold - decision.windowThreshold;
    expect(confidenceFrom(reading(0, true, 0.5, 0.8), decision).confidence).toBeCloseTo(shifted * 0.75);
    expect(confidenceFrom(reading(0, true, 0, 0.8), decision).confidence).toBeCloseTo(shifted);
    const undiscounted = { ...decision, guessedWindowDiscount: 0 };
    expect(confidenceFrom(reading(0, true, 0.5, 0.8), undiscounted).confidence).toBeCloseTo(shifted);
  });

  it('declines "who founded nvidia" on the article, which names Nvidia but says nothing of its founding', () => {
    expect(answerQuestion(ikb, 'who founded nvidia').answered).toBe(false);
    expect(answerQuestion(ikb, 'who makes nvidia gpus').answered).toBe(true);
  });

  it("declines a question about a page's topic whose point the page meets only through a guess", async () => {
    // The discord.js guide's event-handling page, unchanged: it never says "remove"; the thesaurus
    // reads it as "take". "split" read as "separate" is the page's own point, and stays answered.
    const page = await loadKnowledge(
      fileURLToPath(new URL('../fixtures/docs/discordjs-guide/event-handling/', import.meta.url)),
    );
    expect(guessedShare(resolveQuery(page, 'how do i remove an event listener'))).toBeGreaterThan(0.25);
    expect(answerQuestion(page, 'how do i remove an event listener').answered).toBe(false);
    expect(answerQuestion(page, 'how do i split events into separate files').answered).toBe(true);
  });

  it('declines "who founded amazon", whose paragraph says "launch" beside Amazon (the window reading)', () => {
    expect(answerQuestion(ikb, 'who founded amazon').answered).toBe(false);
    expect(answerQuestion(ikb, 'Who founded Amazon?').answered).toBe(false);
    expect(answerQuestion(ikb, 'who makes claude').answered).toBe(true);
  });
});
