import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/config/config-error.js';
import { parseConfig } from '../../src/config/parse-config.js';

function messageOf(env: Record<string, string>): string {
  try {
    parseConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.message;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('storage configuration', () => {
  it('defaults to an SQLite file under data/, 30 days, questions kept', () => {
    expect(parseConfig({}).store).toEqual({
      enabled: true,
      dataDir: 'data',
      databaseUrl: undefined,
      retentionDays: 30,
      storeQuestions: true,
    });
  });

  it('reads DATA_DIR, DATABASE_URL (postgres:// or postgresql://), QUESTION_RETENTION_DAYS and STORE_QUESTIONS', () => {
    expect(
      parseConfig({
        STORAGE: 'on',
        DATA_DIR: '/var/lib/bot',
        DATABASE_URL: 'postgres://bot:pw@db.internal:5432/bot',
        QUESTION_RETENTION_DAYS: '3650',
        STORE_QUESTIONS: 'false',
      }).store,
    ).toEqual({
      enabled: true,
      dataDir: '/var/lib/bot',
      databaseUrl: 'postgres://bot:pw@db.internal:5432/bot',
      retentionDays: 3650,
      storeQuestions: false,
    });
    expect(
      parseConfig({ DATABASE_URL: 'postgresql://db/bot', QUESTION_RETENTION_DAYS: '1' }).store,
    ).toMatchObject({
      databaseUrl: 'postgresql://db/bot',
      retentionDays: 1,
    });
  });

  it('STORAGE=off keeps nothing', () => {
    expect(parseConfig({ STORAGE: 'off' }).store.enabled).toBe(false);
  });

  it.each([
    ['STORAGE', 'no'],
    ['QUESTION_RETENTION_DAYS', '00'],
    ['QUESTION_RETENTION_DAYS', '3651'],
    ['QUESTION_RETENTION_DAYS', 'a month'],
    ['STORE_QUESTIONS', 'yes'],
    ['DATABASE_URL', 'mysql://bot:pw@db/bot'],
    ['DATABASE_URL', 'not a url'],
  ])('refuses %s=%s, naming the variable and not the value', (variable, value) => {
    const message = messageOf({ [variable]: value });
    expect(message).toMatch(new RegExp(`^Invalid configuration: ${variable}: expected `));
    expect(message).not.toContain(value);
  });

  it.each([
    ['a bare % in the password', 'postgres://bot:50%off@db.internal:5432/bot'],
    ['a % before non-hex digits', 'postgres://bot:p%zzword@db/bot'],
    ['a bare % in the user', 'postgres://b%t:pw@db/bot'],
    ['a bare % in the database', 'postgres://bot:pw@db/b%t'],
  ])('refuses a DATABASE_URL with %s in one line, naming the variable, not the value', (_, url) => {
    const message = messageOf({ DATABASE_URL: url });
    expect(message.split('\n')).toHaveLength(1);
    expect(message).toMatch(/^Invalid configuration: DATABASE_URL: expected .*percent-encoded \(% as %25\)/);
    expect(message).not.toContain(new URL(url).password || 'no password');
    expect(message).not.toContain('URI malformed');
  });

  it('accepts a percent-encoded password', () => {
    const url = 'postgres://bot:50%25off%40home@db.internal:5432/bot';
    expect(parseConfig({ DATABASE_URL: url }).store.databaseUrl).toBe(url);
  });

  it('never echoes a DATABASE_URL password, even next to another bad variable', () => {
    const message = messageOf({ DATABASE_URL: 'mysql://bot:s3cret-pass@db/bot', STORE_QUESTIONS: 'maybe' });
    expect(message).toContain('DATABASE_URL');
    expect(message).toContain('STORE_QUESTIONS');
    expect(message).not.toContain('s3cret-pass');
  });
});
