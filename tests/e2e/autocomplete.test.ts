/** Autocomplete answers within Discord's limits, on the shipped content and on 10,000 entries. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildIndex } from '../../src/engine/index.js';
import type { FakeDiscord, RecordedRestCall } from '../support/fake-discord/index.js';
import { syntheticKnowledgeBase } from '../bench/synthetic-kb.js';
import { startHarness, stopHarness, type Harness } from './support/bot-harness.js';
import { expectWellFormedChoices } from './support/expect-well-formed.js';
import { choicesOf } from './support/payloads.js';

const LONG_INPUT = 'what is the best way to compare trainium and nvidia gpus for training '
  .repeat(5)
  .slice(0, 300);

function typeInto(
  fake: FakeDiscord,
  command: string,
  option: string,
  typed: string,
): Promise<RecordedRestCall> {
  return fake.interact(
    fake.build.autocomplete({ name: command, options: { [option]: typed }, focused: option }),
  );
}

describe('autocomplete on the shipped content', () => {
  let h: Harness | undefined;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await stopHarness(h);
  });

  it('/ask suggests questions for an empty box, a partial word and a 300-character input', async () => {
    if (!h) throw new Error('harness not started');
    expect(LONG_INPUT).toHaveLength(300);
    const empty = await typeInto(h.fake, 'ask', 'question', '');
    expectWellFormedChoices(empty);
    expect(choicesOf(empty).length).toBeGreaterThan(0);
    const partial = await typeInto(h.fake, 'ask', 'question', 'hypersc');
    expectWellFormedChoices(partial);
    expect(choicesOf(partial).map((c) => c.name)).toContain('What is a hyperscaler?');
    const long = await typeInto(h.fake, 'ask', 'question', LONG_INPUT);
    expectWellFormedChoices(long);
  });

  it('/glossary suggests term names, prefix matches first', async () => {
    if (!h) throw new Error('harness not started');
    const all = await typeInto(h.fake, 'glossary', 'term', '');
    expectWellFormedChoices(all);
    expect(choicesOf(all).map((c) => c.name)).toEqual(expect.arrayContaining(['GPU', 'Hyperscaler']));
    const partial = await typeInto(h.fake, 'glossary', 'term', 'gp');
    expectWellFormedChoices(partial);
    expect(choicesOf(partial)[0]).toEqual({ name: 'GPU', value: 'GPU' });
    expectWellFormedChoices(await typeInto(h.fake, 'glossary', 'term', LONG_INPUT));
  });
});

describe('autocomplete on a 10,000-entry knowledge base', () => {
  let h: Harness | undefined;
  beforeAll(async () => {
    const knowledge = buildIndex(syntheticKnowledgeBase(10_000));
    h = await startHarness({ loadKnowledge: () => Promise.resolve(knowledge) });
  });
  afterAll(async () => {
    await stopHarness(h);
  });

  it('/ask still answers with at most 25 well-formed choices', async () => {
    if (!h) throw new Error('harness not started');
    const empty = await typeInto(h.fake, 'ask', 'question', '');
    expectWellFormedChoices(empty);
    expect(choicesOf(empty)).toHaveLength(25);
    const partial = await typeInto(h.fake, 'ask', 'question', 'what about pro');
    expectWellFormedChoices(partial);
    expect(choicesOf(partial).length).toBeGreaterThan(0);
    expectWellFormedChoices(await typeInto(h.fake, 'ask', 'question', LONG_INPUT));
    // An empty glossary gives no choices, still a valid answer.
    expectWellFormedChoices(await typeInto(h.fake, 'glossary', 'term', 'g'));
  });
});
