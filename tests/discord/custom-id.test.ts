import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeCustomId, encodeCustomId, type ButtonAction } from '../../src/bot/custom-id.js';

const ASKER = '123456789012345678';

describe('custom_id', () => {
  const actions: ButtonAction[] = [
    { kind: 'related', entryId: 'what-is-gpu', askerId: ASKER },
    { kind: 'feedback', vote: 'up', entryId: 'p3.q1' },
    { kind: 'feedback', vote: 'down', entryId: 'g_gpu' },
    { kind: 'delete', askerId: ASKER },
    { kind: 'topics', page: 0 },
    { kind: 'topics', page: 12 },
  ];

  it.each(actions)('round-trips %o', (action) => {
    const id = encodeCustomId(action);
    expect(id).not.toBeNull();
    expect(id!.length).toBeLessThanOrEqual(100);
    expect(decodeCustomId(id!)).toEqual(action);
  });

  it('uses the documented formats', () => {
    expect(encodeCustomId({ kind: 'related', entryId: 'e', askerId: '1' })).toBe('rel:e:1');
    expect(encodeCustomId({ kind: 'feedback', vote: 'up', entryId: 'e' })).toBe('fb:up:e');
    expect(encodeCustomId({ kind: 'delete', askerId: '1' })).toBe('del:1');
    expect(encodeCustomId({ kind: 'topics', page: 2 })).toBe('topics:2');
  });

  it('refuses to encode what cannot be decoded or would exceed 100 characters', () => {
    expect(encodeCustomId({ kind: 'related', entryId: 'has:colon', askerId: ASKER })).toBeNull();
    expect(encodeCustomId({ kind: 'related', entryId: 'x'.repeat(81), askerId: ASKER })).toBeNull();
    expect(encodeCustomId({ kind: 'delete', askerId: 'not-a-snowflake' })).toBeNull();
    expect(encodeCustomId({ kind: 'topics', page: -1 })).toBeNull();
    expect(encodeCustomId({ kind: 'topics', page: 1.5 })).toBeNull();
  });

  it.each([
    '',
    'rel',
    'rel:',
    'rel:gpu',
    'rel:gpu:abc',
    'rel:gpu:1:extra',
    'fb:meh:gpu',
    'fb:up:',
    'del:',
    'del:12:34',
    'topics:-1',
    'topics:x',
    'topics:99999',
    'unknown:1',
    `rel:${'x'.repeat(100)}:1`,
    'rel:../../etc:1',
  ])('rejects garbage %j', (id) => {
    expect(decodeCustomId(id)).toBeNull();
  });

  it('never throws on arbitrary input (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (id) => {
        const action = decodeCustomId(id);
        if (action !== null) expect(encodeCustomId(action)).toBe(id);
      }),
    );
  });
});
