import { describe, expect, it } from 'vitest';
import { applicationIdFromToken } from '../../src/bot/application-id.js';

describe('applicationIdFromToken', () => {
  it('decodes the id from the token’s first segment', () => {
    const first = Buffer.from('123456789012345678').toString('base64');
    expect(applicationIdFromToken(`${first}.GhIjKl.abcdefghijklmnop`)).toBe('123456789012345678');
  });

  it('returns null for a token that does not start with an id', () => {
    expect(applicationIdFromToken('not-a-token')).toBeNull();
    expect(applicationIdFromToken('')).toBeNull();
  });
});
