import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { answerQuestion, type IndexedKnowledgeBase } from '../../src/engine/index.js';
import { loadKnowledge } from '../../src/knowledge/load-knowledge.js';
import { resolveQuery } from '../../src/engine/query/resolve-query.js';
import { curatedKept } from '../../src/engine/ranking/curated-kept.js';
import { unknownOrdinaryShare } from '../../src/engine/ranking/unknown-ordinary.js';
import { TUNING } from '../../src/engine/tuning.js';

describe('ordinary words the content never uses', () => {
  let ikb: IndexedKnowledgeBase;
  const share = (q: string): number => unknownOrdinaryShare(resolveQuery(ikb, q));
  beforeAll(async () => {
    ikb = await loadKnowledge(fileURLToPath(new URL('../../content/', import.meta.url)));
  });

  it('are measured as a share of the question; rare words and figures are not counted', () => {
    expect(share('why is the price of eggs so high')).toBeGreaterThan(0.3);
    expect(share('why are clouds white')).toBeGreaterThan(0.3);
    // "partnering" is rarer than everyday English: a form of "partnership", not another topic.
    expect(share('who is anthropic partnering with for compute')).toBe(0);
    expect(share('how many chips did amazon deploy in 2024')).toBe(0);
    expect(share('is trainium cheaper than nvidia')).toBe(0);
  });

  it('count for less in a long question, which says more than it asks', () => {
    const short = share('where did amazon buy eggs');
    const long = share('where did amazon buy the eggs it talked about in its latest earnings call');
    expect(long).toBeGreaterThan(0);
    expect(long).toBeLessThan(short * TUNING.ranking.longUnmatchedFactor + 1e-9);
  });

  it("take from a curated entry's own reading only", () => {
    const decision = TUNING.decision;
    expect(decision.unknownOrdinaryDiscount).toBeGreaterThan(0);
    const shares = { missedName: 0, unknownOrdinary: 0.4 };
    expect(curatedKept({ curated: true, ...shares }, decision)).toBeLessThan(1);
    expect(curatedKept({ curated: false, ...shares }, decision)).toBe(1);
    expect(curatedKept({ curated: true, missedName: 0, unknownOrdinary: 0 }, decision)).toBe(1);
  });

  it('declines questions about things the article never talks about, answers its own', () => {
    for (const q of [
      'why is the price of eggs so high',
      'why are clouds white',
      'what is the best pizza topping',
    ])
      expect(answerQuestion(ikb, q).answered, q).toBe(false);
    expect(answerQuestion(ikb, 'who is anthropic partnering with for compute').answered).toBe(true);
    expect(answerQuestion(ikb, 'are us regulators going after nvidia').best?.id).toBe('doj-antitrust-nvidia');
  });
});
