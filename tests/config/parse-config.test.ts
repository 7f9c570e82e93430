import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/config/config-error.js';
import { parseConfig, requireInteractionsEndpoint } from '../../src/config/parse-config.js';

const TOKEN = 'MTIzNDU2Nzg5MDEyMzQ1Njc4.Gabcde.secret-part_of-the-token';

function problemsOf(env: Record<string, string | undefined>): ConfigError {
  try {
    parseConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('parseConfig', () => {
  it('gives defaults for an empty environment (console mode)', () => {
    const config = parseConfig({});
    expect(config).toMatchObject({
      token: undefined,
      apiUrl: 'https://discord.com/api',
      contentDir: 'content',
      logLevel: 'info',
      development: false,
      cooldown: { questions: 5, seconds: 30 },
      shardCount: undefined,
      shardedChild: false,
      startupTimeoutMs: 45_000,
    });
  });

  it('reads STARTUP_TIMEOUT_SECONDS, whole seconds from 5 to 600', () => {
    expect(parseConfig({ STARTUP_TIMEOUT_SECONDS: '5' }).startupTimeoutMs).toBe(5_000);
    expect(parseConfig({ STARTUP_TIMEOUT_SECONDS: '600' }).startupTimeoutMs).toBe(600_000);
    for (const bad of ['4', '0', '601', '1.5', '10s', '-5']) {
      const error = problemsOf({ STARTUP_TIMEOUT_SECONDS: bad });
      expect(error.problems).toEqual([
        { variable: 'STARTUP_TIMEOUT_SECONDS', expected: 'a whole number of seconds from 5 to 600' },
      ]);
    }
  });

  it('reads every variable', () => {
    const config = parseConfig({
      DISCORD_TOKEN: TOKEN,
      DISCORD_APPLICATION_ID: '123456789012345678',
      DISCORD_GUILD_ID: '876543210987654321',
      DISCORD_API_URL: 'http://127.0.0.1:3000/api/',
      CONTENT_DIR: 'other',
      LOG_LEVEL: 'debug',
      NODE_ENV: 'development',
      COOLDOWN_QUESTIONS: '3',
      COOLDOWN_SECONDS: '10',
      SHARD_COUNT: '4',
      SHARD_LIST: '0-1,3',
    });
    expect(config).toMatchObject({
      token: TOKEN,
      applicationId: '123456789012345678',
      guildId: '876543210987654321',
      apiUrl: 'http://127.0.0.1:3000/api',
      contentDir: 'other',
      logLevel: 'debug',
      development: true,
      cooldown: { questions: 3, seconds: 10 },
      shardCount: 4,
      shardList: [0, 1, 3],
    });
  });

  it('treats empty strings as unset', () => {
    // Only empty: a value of only whitespace is refused (tests/config/config-limits.test.ts).
    const config = parseConfig({ DISCORD_TOKEN: '', LOG_LEVEL: '', DISCORD_GUILD_ID: '', SHARD_COUNT: '' });
    expect(config.token).toBeUndefined();
    expect(config.logLevel).toBe('info');
    expect(config.guildId).toBeUndefined();
  });

  it('accepts SHARD_COUNT=auto and notices the ShardingManager', () => {
    expect(parseConfig({ SHARD_COUNT: 'auto' }).shardCount).toBe('auto');
    expect(parseConfig({ SHARDING_MANAGER: 'true' }).shardedChild).toBe(true);
  });

  it('names each invalid variable and what it expects', () => {
    const error = problemsOf({
      DISCORD_API_URL: 'ftp://example.com',
      LOG_LEVEL: 'loud',
      COOLDOWN_QUESTIONS: '0',
      COOLDOWN_SECONDS: 'soon',
      DISCORD_GUILD_ID: 'my-guild',
      SHARD_COUNT: '-2',
    });
    expect(error.problems.map((p) => p.variable).sort()).toEqual([
      'COOLDOWN_QUESTIONS',
      'COOLDOWN_SECONDS',
      'DISCORD_API_URL',
      'DISCORD_GUILD_ID',
      'LOG_LEVEL',
      'SHARD_COUNT',
    ]);
    expect(error.message).toContain(
      'LOG_LEVEL: expected one of fatal, error, warn, info, debug, trace, silent',
    );
    expect(error.message).toContain('DISCORD_API_URL: expected an http(s) URL');
  });

  it('rejects a token with whitespace without echoing it', () => {
    const secret = 'Bot abc.def.super-secret-value';
    const error = problemsOf({ DISCORD_TOKEN: secret, LOG_LEVEL: 'nope' });
    expect(error.problems.map((p) => p.variable)).toContain('DISCORD_TOKEN');
    for (const text of [error.message, JSON.stringify(error.problems), String(error.stack)]) {
      expect(text).not.toContain('super-secret-value');
    }
  });

  it('never echoes any value, valid or not', () => {
    const error = problemsOf({ DISCORD_TOKEN: TOKEN, COOLDOWN_SECONDS: 'value-xyz-123' });
    expect(error.message).not.toContain(TOKEN);
    expect(error.message).not.toContain('value-xyz-123');
  });

  it('needs a numeric SHARD_COUNT above every SHARD_LIST id', () => {
    expect(problemsOf({ SHARD_LIST: '0-1' }).problems[0]?.variable).toBe('SHARD_LIST');
    expect(problemsOf({ SHARD_COUNT: '2', SHARD_LIST: '0-2' }).problems[0]?.variable).toBe('SHARD_LIST');
    expect(problemsOf({ SHARD_COUNT: '2', SHARD_LIST: 'zero' }).problems[0]?.variable).toBe('SHARD_LIST');
  });
});

describe('the interactions endpoint', () => {
  const KEY = 'A1'.repeat(32);

  it('is off without INTERACTIONS_PORT', () => {
    expect(parseConfig({ DISCORD_PUBLIC_KEY: KEY }).interactions).toBeUndefined();
  });

  it('reads the key (lowercased), the port and the path (default /interactions)', () => {
    expect(parseConfig({ DISCORD_PUBLIC_KEY: KEY, INTERACTIONS_PORT: '8080' }).interactions).toEqual({
      publicKey: KEY.toLowerCase(),
      port: 8080,
      path: '/interactions',
    });
    const custom = parseConfig({
      DISCORD_PUBLIC_KEY: KEY,
      INTERACTIONS_PORT: '1',
      INTERACTIONS_PATH: '/discord/hook',
    });
    expect(custom.interactions?.path).toBe('/discord/hook');
  });

  it('needs the key when the port is set', () => {
    const error = problemsOf({ INTERACTIONS_PORT: '8080' });
    expect(error.problems.map((p) => p.variable)).toEqual(['DISCORD_PUBLIC_KEY']);
    expect(error.message).toMatch(
      /DISCORD_PUBLIC_KEY: expected .*64 hex characters.*set when INTERACTIONS_PORT is/,
    );
  });

  it.each([
    ['DISCORD_PUBLIC_KEY', 'abc'],
    ['DISCORD_PUBLIC_KEY', 'g'.repeat(64)],
    ['DISCORD_PUBLIC_KEY', 'a'.repeat(65)],
    ['INTERACTIONS_PORT', '0'],
    ['INTERACTIONS_PORT', '65536'],
    ['INTERACTIONS_PORT', 'http'],
    ['INTERACTIONS_PATH', 'hook'],
    ['INTERACTIONS_PATH', '/a b'],
    ['INTERACTIONS_PATH', '/interactions?x=1'],
  ])('refuses %s=%s, naming it without echoing the value', (variable, value) => {
    const error = problemsOf({ DISCORD_PUBLIC_KEY: KEY, INTERACTIONS_PORT: '8080', [variable]: value });
    expect(error.problems.map((p) => p.variable)).toEqual([variable]);
    expect(error.message).not.toContain(value);
  });

  it('start:http names what is missing', () => {
    const missing = (env: Record<string, string>): string[] => {
      try {
        requireInteractionsEndpoint(parseConfig(env));
        return [];
      } catch (error) {
        return error instanceof ConfigError ? error.problems.map((p) => p.variable) : ['not a ConfigError'];
      }
    };
    expect(missing({})).toEqual(['DISCORD_PUBLIC_KEY', 'INTERACTIONS_PORT']);
    expect(missing({ DISCORD_PUBLIC_KEY: KEY })).toEqual(['INTERACTIONS_PORT']);
    expect(missing({ DISCORD_PUBLIC_KEY: KEY, INTERACTIONS_PORT: '80' })).toEqual([]);
  });
});
