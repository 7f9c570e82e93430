import { describe, expect, it } from 'vitest';
import { buildGlossaryReply } from '../../src/reply/build-glossary-reply.js';
import { kb } from './fixtures.js';

const gpu = kb.glossary[0]!;

describe('buildGlossaryReply', () => {
  it('quotes the definition passage with its glossary citation', () => {
    const reply = buildGlossaryReply('gpu', { entry: gpu, closest: [] }, kb);
    expect(reply.kind).toBe('answered');
    expect(reply.title).toBe('GPU (Graphics Processing Unit)');
    expect(reply.citation).toBe('Source: glossary: GPU — Chips as an alternative');
    expect(reply.passages[0]?.segments.map((s) => s.text).join('')).toContain(
      'A processor that handles many tasks',
    );
    expect(reply.entryId).toBe('what-is-gpu');
  });

  it('says "no such term" and offers the closest terms as questions', () => {
    const reply = buildGlossaryReply('TPU', { entry: null, closest: [gpu] }, kb);
    expect(reply.kind).toBe('declined');
    expect(reply.title).toBe('No such term');
    expect(reply.intro).toContain('TPU');
    expect(reply.followUps).toEqual([{ entryId: 'what-is-gpu', question: 'What is a GPU?' }]);
  });
});
