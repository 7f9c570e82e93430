/** Configuration that used to hang, run out of memory or crash inside discord.js: refused, naming the variable. */
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/config/config-error.js';
import { MAX_SHARD_COUNT, parseConfig } from '../../src/config/parse-config.js';

const TOKEN = 'MTIzNDU2Nzg5MDEyMzQ1Njc4.Gabcde.fake-token-for-tests';

function refusal(env: Record<string, string | undefined>): ConfigError {
  try {
    parseConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

function refusedVariables(env: Record<string, string | undefined>): string[] {
  return refusal(env).problems.map((p) => p.variable);
}

describe('shard settings within bounds', () => {
  it('refuses a shard id too large to be real, at once (it used to loop for ever)', () => {
    expect(refusedVariables({ SHARD_LIST: '99999999999999999999999' })).toEqual(['SHARD_LIST']);
    expect(refusedVariables({ SHARD_COUNT: '4', SHARD_LIST: '0-99999999999999999999999' })).toEqual([
      'SHARD_LIST',
    ]);
  });

  it('refuses a range past SHARD_COUNT without expanding it (it used to run out of memory)', () => {
    const error = refusal({ SHARD_COUNT: '4', SHARD_LIST: '0-20000000' });
    expect(error.problems).toEqual([{ variable: 'SHARD_LIST', expected: 'shard ids below SHARD_COUNT' }]);
  });

  it('refuses a SHARD_COUNT above the documented maximum, and takes the maximum itself', () => {
    expect(refusedVariables({ SHARD_COUNT: '100000' })).toEqual(['SHARD_COUNT']);
    expect(refusedVariables({ SHARD_COUNT: String(MAX_SHARD_COUNT + 1) })).toEqual(['SHARD_COUNT']);
    expect(refusal({ SHARD_COUNT: '100000' }).message).toContain(String(MAX_SHARD_COUNT));
    const config = parseConfig({
      SHARD_COUNT: String(MAX_SHARD_COUNT),
      SHARD_LIST: `${MAX_SHARD_COUNT - 1}`,
    });
    expect(config.shardList).toEqual([MAX_SHARD_COUNT - 1]);
  });

  it('refuses a descending range instead of reading it as no shards at all', () => {
    const error = refusal({ SHARD_COUNT: '4', SHARD_LIST: '3-1' });
    expect(error.problems.map((p) => p.variable)).toEqual(['SHARD_LIST']);
    expect(error.message).toMatch(/ascending/);
    expect(parseConfig({ SHARD_COUNT: '4', SHARD_LIST: '1-1,3' }).shardList).toEqual([1, 3]);
  });
});

describe('an empty DISCORD_API_URL', () => {
  it('is refused when the bot would connect with a token, naming the variable', () => {
    expect(refusedVariables({ DISCORD_TOKEN: TOKEN, DISCORD_API_URL: '' })).toEqual(['DISCORD_API_URL']);
    expect(refusal({ DISCORD_TOKEN: TOKEN, DISCORD_API_URL: '' }).message).toMatch(
      /DISCORD_API_URL: .*not empty/,
    );
  });

  it('is ignored without a token (the offline console never calls Discord)', () => {
    expect(parseConfig({ DISCORD_API_URL: '' }).apiUrl).toBe('https://discord.com/api');
  });
});

describe('blank values', () => {
  it('are refused when they are only whitespace, naming the variable (empty still means unset)', () => {
    expect(refusedVariables({ SHARD_COUNT: ' ' })).toEqual(['SHARD_COUNT']);
    expect(refusedVariables({ DISCORD_API_URL: '   ' })).toEqual(['DISCORD_API_URL']);
    expect(refusedVariables({ DISCORD_GUILD_ID: '\t' })).toEqual(['DISCORD_GUILD_ID']);
    expect(refusal({ DISCORD_API_URL: ' ' }).message).toMatch(/DISCORD_API_URL: .*blank/);
    expect(parseConfig({ DISCORD_API_URL: '', SHARD_COUNT: '' })).toMatchObject({
      apiUrl: 'https://discord.com/api',
      shardCount: undefined,
    });
  });
});

describe('DISCORD_TOKEN', () => {
  it('must be printable ASCII (a full-width digit is not a token)', () => {
    expect(refusedVariables({ DISCORD_TOKEN: '５' })).toEqual(['DISCORD_TOKEN']);
    expect(refusedVariables({ DISCORD_TOKEN: `${TOKEN}é` })).toEqual(['DISCORD_TOKEN']);
    expect(refusal({ DISCORD_TOKEN: '５' }).message).toMatch(/DISCORD_TOKEN: expected .*ASCII/);
    expect(parseConfig({ DISCORD_TOKEN: TOKEN }).token).toBe(TOKEN);
  });
});

describe('the message', () => {
  it('is one line for one problem, naming the variable and the rule', () => {
    const message = refusal({ SHARD_COUNT: '4', SHARD_LIST: '3-1' }).message;
    expect(message.split('\n')).toHaveLength(1);
    expect(message).toMatch(/^Invalid configuration: SHARD_LIST: expected /);
  });
});
