import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { answerQuestion, type IndexedKnowledgeBase } from '../../src/engine/index.js';
import { loadKnowledge } from '../../src/knowledge/load-knowledge.js';
import { resolveQuery } from '../../src/engine/query/resolve-query.js';
import { confidenceFrom, type Reading } from '../../src/engine/ranking/decide.js';
import { knownShare } from '../../src/engine/ranking/known-share.js';
import { TUNING } from '../../src/engine/tuning.js';
import { readingWith } from './reading-fixture.js';

// A bare paragraph read only through its window: two adjacent sentences say 80% of the question.
const windowReading = (known: number): Reading =>
  readingWith({ window: 0.8, windowEvidence: 10, bare: true, known });

describe('a question whose information the content mostly lacks', () => {
  let ikb: IndexedKnowledgeBase;
  beforeAll(async () => {
    ikb = await loadKnowledge(fileURLToPath(new URL('../../content/', import.meta.url)));
  });

  it("measures the share of the question's information in words the content uses", () => {
    // "make", "ai" and "chips" are in nearly every paragraph of the article: "apple" carries the question.
    expect(knownShare(resolveQuery(ikb, 'does apple make ai chips'))).toBeLessThan(0.3);
    // Every word is the article's: nothing to weigh against.
    expect(knownShare(resolveQuery(ikb, 'does amazon make ai chips'))).toBe(1);
    // An everyday word the content lacks ("white") or a figure is phrasing, not a stranger.
    expect(knownShare(resolveQuery(ikb, 'how many chips did amazon deploy in 2024'))).toBe(1);
    expect(knownShare(resolveQuery(ikb, 'are the chips white'))).toBe(1);
  });

  it('lets the window reading count only when the content knows enough of the question', () => {
    const { minKnownShare } = TUNING.decision;
    expect(minKnownShare).toBeGreaterThan(0);
    const shifted = 0.8 + TUNING.decision.threshold - TUNING.decision.windowThreshold;
    expect(confidenceFrom(windowReading(1)).confidence).toBeCloseTo(Math.min(1, shifted));
    expect(confidenceFrom(windowReading(minKnownShare)).confidence).toBeCloseTo(Math.min(1, shifted));
    // Below the bar only the paragraph's own coverage (0 here, shifted onto the answer scale) is left.
    expect(confidenceFrom(windowReading(minKnownShare - 0.01)).confidence).toBeLessThan(
      TUNING.decision.threshold,
    );
  });

  it('declines "does apple make ai chips" and "does intel make ai chips", answers Amazon\'s', () => {
    expect(answerQuestion(ikb, 'does apple make ai chips').answered).toBe(false);
    expect(answerQuestion(ikb, 'does intel make ai chips').answered).toBe(false);
    expect(answerQuestion(ikb, 'does amazon design its own ai chips').answered).toBe(true);
  });
});
