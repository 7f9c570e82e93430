import { describe, expect, it } from 'vitest';
import { redactTokens, serializeError } from '../../src/logging/redact-tokens.js';

describe('redactTokens', () => {
  it('hides interaction and webhook tokens in REST paths, keeping the ids', () => {
    expect(
      redactTokens('POST /api/v10/interactions/123/aW50ZXJhY3Rpb24.abc-def_1/callback?with_response=false'),
    ).toBe('POST /api/v10/interactions/123/[redacted]/callback?with_response=false');
    expect(redactTokens('https://discord.com/api/v10/webhooks/456/tok.en/messages/@original')).toBe(
      'https://discord.com/api/v10/webhooks/456/[redacted]/messages/@original',
    );
  });

  it('leaves other paths alone', () => {
    expect(redactTokens('/api/v10/channels/1/messages')).toBe('/api/v10/channels/1/messages');
  });
});

describe('serializeError', () => {
  it('redacts every string field of an error, including fields discord.js adds', () => {
    const error = Object.assign(new Error('Unknown interaction at /interactions/1/secret-token/callback'), {
      url: 'https://x/api/v10/interactions/1/secret-token/callback',
      status: 404,
    });
    const serialized = JSON.stringify(serializeError(error));
    expect(serialized).not.toContain('secret-token');
    expect(serialized).toContain('"status":404');
  });

  it('passes through values that are not errors', () => {
    expect(serializeError(42)).toBe(42);
    expect(serializeError('/webhooks/9/t0k/x')).toBe('/webhooks/9/[redacted]/x');
  });
});
