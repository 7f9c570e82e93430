import { describe, expect, it } from 'vitest';
import { decideAmong, type Candidate, type Reading } from '../../src/engine/ranking/decide.js';
import { TUNING } from '../../src/engine/tuning.js';
import { readingWith } from './reading-fixture.js';

// What the decision reads of an entry, with nothing but its own coverage to go by.
const reading = (entry: number, bare = false): Reading => readingWith({ entry, bare });
const leader = (score: number, r: Reading): Candidate => ({ score, reading: r });

describe('decideAmong', () => {
  const margin = TUNING.decision.tieMargin;

  it('answers with the leader it trusts most among those as relevant as the top one', () => {
    const leaders = [leader(1.5, reading(0.54)), leader(1.5 - margin / 2, reading(0.84))];
    expect(decideAmong(leaders, false)).toEqual({ index: 1, confidence: 0.84 });
  });

  it('keeps the top leader when the next is further than the tie margin', () => {
    const leaders = [leader(1.5, reading(0.54)), leader(1.5 - margin * 2, reading(0.84))];
    expect(decideAmong(leaders, false)).toEqual({ index: 0, confidence: 0.54 });
  });

  it('compares only entries read alike: a bare paragraph does not displace a curated entry', () => {
    const leaders = [leader(1.5, reading(0.54)), leader(1.5 - margin / 2, reading(0.9, true))];
    expect(decideAmong(leaders, false).index).toBe(0);
  });
});
