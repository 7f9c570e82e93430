/** METRICS_PORT and INTERACTIONS_METRICS: defaults, values, and refusals that name the variable. */
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/config/config-error.js';
import { shardPortsProblem } from '../../src/config/metrics-config.js';
import { parseConfig } from '../../src/config/parse-config.js';

const KEY = 'ab'.repeat(32);

function refusal(env: Record<string, string>): ConfigError {
  try {
    parseConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('metrics configuration', () => {
  it('defaults to no metrics port and /metrics on the interactions endpoint', () => {
    expect(parseConfig({}).metrics).toEqual({ port: undefined, onEndpoint: true });
  });

  it('reads METRICS_PORT and INTERACTIONS_METRICS', () => {
    expect(parseConfig({ METRICS_PORT: '9464', INTERACTIONS_METRICS: 'off' }).metrics).toEqual({
      port: 9464,
      onEndpoint: false,
    });
  });

  it.each([
    ['METRICS_PORT', '0'],
    ['METRICS_PORT', '65536'],
    ['METRICS_PORT', 'nine'],
    ['INTERACTIONS_METRICS', 'yes'],
  ])('refuses %s=%s, naming it without echoing the value', (variable, value) => {
    const error = refusal({ [variable]: value });
    expect(error.problems.map((p) => p.variable)).toEqual([variable]);
    expect(error.message).toContain(`${variable}: expected`);
    expect(error.message).not.toContain(value);
  });

  it('refuses METRICS_PORT equal to INTERACTIONS_PORT (one of them could not listen)', () => {
    const error = refusal({ DISCORD_PUBLIC_KEY: KEY, INTERACTIONS_PORT: '8080', METRICS_PORT: '8080' });
    expect(error.problems.map((p) => p.variable)).toEqual(['METRICS_PORT']);
    expect(error.message).toMatch(/METRICS_PORT: expected .*other than INTERACTIONS_PORT/);
    const apart = { DISCORD_PUBLIC_KEY: KEY, INTERACTIONS_PORT: '8080', METRICS_PORT: '8081' };
    expect(parseConfig(apart).metrics.port).toBe(8081);
  });

  it('refuses INTERACTIONS_PATH=/metrics while the endpoint serves metrics there', () => {
    const env = { DISCORD_PUBLIC_KEY: KEY, INTERACTIONS_PORT: '8080', INTERACTIONS_PATH: '/metrics' };
    expect(refusal(env).problems.map((p) => p.variable)).toEqual(['INTERACTIONS_PATH']);
    expect(parseConfig({ ...env, INTERACTIONS_METRICS: 'off' }).interactions?.path).toBe('/metrics');
  });

  it("in a shard of start:sharded, needs room for every shard's port (METRICS_PORT + shard id)", () => {
    const shard = { SHARDING_MANAGER: 'true', SHARD_COUNT: '4' };
    expect(parseConfig({ ...shard, METRICS_PORT: '65532' }).metrics.port).toBe(65_532);
    const error = refusal({ ...shard, METRICS_PORT: '65533' });
    expect(error.problems.map((p) => p.variable)).toEqual(['METRICS_PORT']);
    expect(error.message).toContain('room for 4 shards');
    // One process running its shards itself (npm start with SHARD_COUNT) serves one port.
    expect(parseConfig({ SHARD_COUNT: '4', METRICS_PORT: '65535' }).metrics.port).toBe(65_535);
  });

  it('gives the ShardingManager the same check for its total (SHARD_COUNT=auto included)', () => {
    expect(shardPortsProblem(9464, 16)).toBeNull();
    expect(shardPortsProblem(65_535, 1)).toBeNull();
    expect(shardPortsProblem(65_535, 2)?.variable).toBe('METRICS_PORT');
  });
});
