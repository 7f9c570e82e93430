import { DiscordAPIError } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logging/logger.js';
import { redactDeep, redactTokens, serializeError } from '../../src/logging/redact-tokens.js';

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

describe('tokens nested anywhere in a logged value', () => {
  const url = 'https://discord.com/api/v10/interactions/123/nested-secret-token/callback';

  it('are redacted inside a Discord error body echoed in rawError (message and errors)', () => {
    // What discord.js builds when Discord's error body repeats the request URL.
    const rawError = {
      message: `Invalid Form Body at ${url}`,
      code: 50035,
      errors: { data: { url: { _errors: [{ code: 'BASE_TYPE', message: `bad ${url}` }] } } },
    };
    const error = new DiscordAPIError(rawError, 50035, 400, 'POST', url, { body: { type: 4 } });
    const serialized = JSON.stringify(serializeError(error));
    expect(serialized).not.toContain('nested-secret-token');
    expect(serialized).toContain('/interactions/123/[redacted]/callback');
    expect(serialized).toContain('"code":50035');
  });

  it('are redacted in errors hidden in causes and in plain objects, arrays and cycles', () => {
    const cause = new Error(`fetch failed for ${url}`);
    const error = new Error('Interaction failed', { cause });
    const cyclic: Record<string, unknown> = { path: url };
    cyclic['self'] = cyclic;
    const value = redactDeep({ err: error, list: [[{ deep: { deeper: url } }]], cyclic });
    const text = JSON.stringify(value);
    expect(text).not.toContain('nested-secret-token');
    expect(text).toContain('[Circular]');
  });

  it('stop at a bounded depth instead of walking without end', () => {
    let chain: Record<string, unknown> = { url };
    for (let i = 0; i < 10_000; i++) chain = { next: chain };
    const text = JSON.stringify(redactDeep(chain));
    expect(text).not.toContain('nested-secret-token');
    expect(text.length).toBeLessThan(2_000);
  });

  it('never reach the log from any field the logger is given', () => {
    const lines: string[] = [];
    const logger = createLogger({ level: 'info', stream: { write: (line: string) => lines.push(line) } });
    const rawError = { message: `Unknown interaction ${url}`, code: 10062 };
    logger.error(
      {
        err: new DiscordAPIError(rawError, 10062, 404, 'POST', url, { body: undefined }),
        problems: [{ reason: `failed at ${url}` }],
      },
      'Interaction failed',
    );
    logger.child({ request: { url } }).warn({ error: { rawError } }, 'retrying');
    // A token right before a JSON escape: the line must stay valid JSON.
    logger.info({ note: 'see /webhooks/9/quoted-secret"after\\back' }, 'escapes');
    expect(lines).toHaveLength(3);
    expect(lines.map((line) => JSON.parse(line) as unknown)).toHaveLength(3);
    expect(lines.join('')).not.toContain('quoted-secret');
    expect(lines.join('')).not.toContain('nested-secret-token');
    expect(lines.join('')).toContain('[redacted]');
  });

  it('never reach the log as the configured bot token, raw, JSON-escaped or URL-encoded', () => {
    const lines: string[] = [];
    const token = 'MTIz.bot"token\\with/odd+chars';
    const logger = createLogger({
      level: 'info',
      stream: { write: (line: string) => lines.push(line) },
      secrets: [token, undefined, 'short'],
    });
    logger.error({ body: { message: `you sent Authorization: Bot ${token}` } }, 'echoed');
    logger.warn(`GET /x?auth=${encodeURIComponent(token)}`);
    logger.info({ note: 'a short secret is left alone' }, 'short stays');
    expect(lines).toHaveLength(3);
    expect(lines.map((line) => JSON.parse(line) as unknown)).toHaveLength(3);
    const all = lines.join('');
    expect(all).not.toContain('bot\\"token');
    expect(all).not.toContain(encodeURIComponent(token));
    expect(all).not.toContain('with/odd+chars');
    expect(all).toContain('Bot [redacted]');
    expect(all).toContain('a short secret is left alone');
  });
});
