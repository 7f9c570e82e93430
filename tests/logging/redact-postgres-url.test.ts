/** The store's redaction of DATABASE_URL runs while reporting another error: it must never throw. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describePostgresUrl, redactPostgresUrl } from '../../src/store/postgres-database.js';

// Characters that matter to URL parsing and percent-decoding, mixed with anything else.
const urlish = fc.string({
  unit: fc.oneof(
    fc.constantFrom('%', '%2', '%25', '%zz', '%E0%A4%A', ':', '@', '/', '?', '#', 'postgres://'),
    fc.string({ minLength: 1, maxLength: 2, unit: 'grapheme' }),
  ),
  maxLength: 40,
});

describe('redactPostgresUrl and describePostgresUrl', () => {
  it('keep the real error when the password holds a bare % (it used to become "URI malformed")', () => {
    const url = 'postgres://bot:50%off@db.internal:5432/bot';
    const message = 'connect ECONNREFUSED 127.0.0.1:5432 (password 50%off)';
    expect(redactPostgresUrl(message, url)).toBe('connect ECONNREFUSED 127.0.0.1:5432 (password [redacted])');
    expect(describePostgresUrl(url)).toBe('the PostgreSQL database bot at db.internal:5432');
  });

  it('remove the URL, its password and the decoded password', () => {
    const url = 'postgres://bot:p%40ss%2Fword@db:5432/bot';
    expect(redactPostgresUrl(`at ${url}: p%40ss%2Fword or p@ss/word`, url)).toBe(
      'at [redacted]: [redacted] or [redacted]',
    );
  });

  it('never throw, whatever the URL and the text', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          urlish,
          urlish.map((s) => `postgres://${s}`),
        ),
        fc.string(),
        (url, text) => {
          expect(typeof redactPostgresUrl(text, url)).toBe('string');
          expect(typeof describePostgresUrl(url)).toBe('string');
        },
      ),
      { numRuns: 2_000 },
    );
  });

  it('leave no password behind that parses out of a URL', () => {
    fc.assert(
      fc.property(urlish, fc.string(), fc.string(), (password, before, after) => {
        const url = `postgres://bot:${password}@db:5432/bot`;
        let parsed: URL;
        try {
          parsed = new URL(url);
        } catch {
          return; // not a URL: nothing parses out of it (the fuzz above covers not throwing)
        }
        // Only passwords that cannot hide inside the replacement text itself.
        fc.pre(parsed.password.length >= 3 && !parsed.password.includes('\u0000'));
        const redacted = redactPostgresUrl(`${before}${parsed.password}${after}`, url);
        // Marks cut apart, so a password cannot be pieced together across one and its neighbours.
        expect(redacted.replaceAll('[redacted]', '\u0000')).not.toContain(parsed.password);
      }),
      { numRuns: 2_000 },
    );
  });
});
