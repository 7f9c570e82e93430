import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { answerQuestion, type IndexedKnowledgeBase } from '../../src/engine/index.js';
import { loadKnowledge } from '../../src/knowledge/load-knowledge.js';
import { resolveQuery } from '../../src/engine/query/resolve-query.js';
import { confidenceFrom, type Reading } from '../../src/engine/ranking/decide.js';
import { missedNameShare } from '../../src/engine/ranking/missed-names.js';
import { TUNING } from '../../src/engine/tuning.js';
import { readingWith } from './reading-fixture.js';

const reading = (curated: boolean, missedName: number): Reading =>
  readingWith({ entry: 0.7, curated, missedName });

describe('a name the question asks about that a curated entry says nowhere', () => {
  let ikb: IndexedKnowledgeBase;
  const entryIndex = (id: string): number => ikb.entries.findIndex((e) => e.entry.id === id);
  beforeAll(async () => {
    ikb = await loadKnowledge(fileURLToPath(new URL('../../content/', import.meta.url)));
  });

  it('is measured as a share of the question, 0 when the entry names it', () => {
    const query = resolveQuery(ikb, 'does nvidia make cpus');
    expect(missedNameShare(ikb, query, entryIndex('graviton-is-cpu'))).toBeGreaterThan(0.2);
    expect(missedNameShare(ikb, query, entryIndex('nvidia-gpu-prices'))).toBeGreaterThan(0);
    expect(
      missedNameShare(ikb, resolveQuery(ikb, 'are nvidia gpus expensive'), entryIndex('nvidia-gpu-prices')),
    ).toBe(0);
    // Words of everyday English ("processor", "pizza") are no names, known or not.
    expect(
      missedNameShare(ikb, resolveQuery(ikb, 'is a processor good for pizza'), entryIndex('what-is-gpu')),
    ).toBe(0);
  });

  it("takes from a curated entry's own reading, not from other entries'", () => {
    const { missedNameDiscount, threshold } = TUNING.decision;
    expect(missedNameDiscount).toBeGreaterThan(0);
    expect(confidenceFrom(reading(true, 0)).confidence).toBeCloseTo(0.7);
    expect(confidenceFrom(reading(true, 0.31)).confidence).toBeLessThan(threshold);
    expect(confidenceFrom(reading(false, 0.31)).confidence).toBeCloseTo(0.7);
  });

  it('declines "does nvidia make cpus", answers what the Graviton entry says', () => {
    expect(answerQuestion(ikb, 'does nvidia make cpus').answered).toBe(false);
    expect(answerQuestion(ikb, 'is graviton a cpu').best?.id).toBe('graviton-is-cpu');
    expect(answerQuestion(ikb, 'is trainium a credible option instead of nvidia').answered).toBe(true);
  });
});
