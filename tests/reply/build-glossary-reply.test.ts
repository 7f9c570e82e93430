import { describe, expect, it } from 'vitest';
import type { GlossaryDefinition } from '../../src/engine/index.js';
import { buildGlossaryReply } from '../../src/reply/build-glossary-reply.js';
import { kb } from './fixtures.js';

const context = { articleTitle: kb.title };
const gpu: GlossaryDefinition = {
  term: 'GPU (Graphics Processing Unit)',
  entryId: 'what-is-gpu',
  passage: {
    id: 'g-gpu',
    text: 'GPU (Graphics Processing Unit): A processor that handles many tasks at once.',
    source: 'glossary: GPU',
    highlights: [],
    sentences: [{ id: 'g-gpu.s1', start: 0, end: 76 }],
  },
};

describe('buildGlossaryReply', () => {
  it('quotes the definition passage with its glossary citation', () => {
    const reply = buildGlossaryReply('gpu', { definition: gpu, closest: [] }, context);
    expect(reply.kind).toBe('answered');
    expect(reply.title).toBe('GPU (Graphics Processing Unit)');
    expect(reply.citation).toBe('Source: glossary: GPU — Chips as an alternative');
    expect(reply.passages[0]?.segments.map((s) => s.text).join('')).toContain(
      'A processor that handles many tasks',
    );
    expect(reply.entryId).toBe('what-is-gpu');
  });

  it('says "no such term" and offers the closest terms as questions', () => {
    const closest = [{ id: 'what-is-gpu', question: 'What is a GPU?' }];
    const reply = buildGlossaryReply('TPU', { definition: null, closest }, context);
    expect(reply.kind).toBe('declined');
    expect(reply.title).toBe('No such term');
    expect(reply.intro).toContain('TPU');
    expect(reply.followUps).toEqual([{ entryId: 'what-is-gpu', question: 'What is a GPU?' }]);
  });
});
