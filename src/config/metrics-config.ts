import { ConfigError, type ConfigProblem } from './config-error.js';

/** Where metrics are served (Prometheus text format, GET /metrics). */
export interface MetricsConfig {
  /**
   * METRICS_PORT: a port of its own for GET /metrics. A shard of start:sharded listens on it plus its
   * shard id. Unset: none (the interactions endpoint may still serve /metrics).
   */
  readonly port: number | undefined;
  /** INTERACTIONS_METRICS: GET /metrics on the interactions endpoint too (default on). */
  readonly onEndpoint: boolean;
}

/** What the two variables expect, as error messages say it. */
export const METRICS_EXPECTED = {
  METRICS_PORT: 'a TCP port from 1 to 65535 (a shard listens on METRICS_PORT + its shard id)',
  INTERACTIONS_METRICS: 'on or off',
} as const;

/** The settings the metrics ports and paths must not collide with. */
interface MetricsNeighbours {
  readonly interactionsPort: number | undefined;
  readonly interactionsPath: string;
  /** The total shard count when this process is a shard of start:sharded (its id is below it). */
  readonly shardCountAsChild: number | undefined;
}

/** The parsed variables metricsConfigOf reads. */
export interface MetricsVariables {
  readonly METRICS_PORT?: number | undefined;
  readonly INTERACTIONS_METRICS: boolean;
  readonly INTERACTIONS_PORT?: number | undefined;
  readonly INTERACTIONS_PATH: string;
}

/**
 * The metrics settings from the parsed environment; `shardCountAsChild` is the total shard count
 * when this process is a shard of start:sharded. Throws ConfigError naming each clash.
 */
export function metricsConfigOf(e: MetricsVariables, shardCountAsChild: number | undefined): MetricsConfig {
  const metrics: MetricsConfig = { port: e.METRICS_PORT, onEndpoint: e.INTERACTIONS_METRICS };
  const problems = checkMetricsConfig(metrics, {
    interactionsPort: e.INTERACTIONS_PORT,
    interactionsPath: e.INTERACTIONS_PATH,
    shardCountAsChild,
  });
  if (problems.length > 0) throw new ConfigError(problems);
  return metrics;
}

/** Checks the metrics settings against the rest; returns the problems (none: usable). */
function checkMetricsConfig(metrics: MetricsConfig, around: MetricsNeighbours): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  const { port } = metrics;
  if (port !== undefined && port === around.interactionsPort)
    problems.push({
      variable: 'METRICS_PORT',
      expected: `${METRICS_EXPECTED.METRICS_PORT}, other than INTERACTIONS_PORT`,
    });
  if (port !== undefined && around.shardCountAsChild !== undefined) {
    const problem = shardPortsProblem(port, around.shardCountAsChild);
    if (problem) problems.push(problem);
  }
  if (metrics.onEndpoint && around.interactionsPort !== undefined && around.interactionsPath === '/metrics')
    problems.push({
      variable: 'INTERACTIONS_PATH',
      expected: 'a path other than /metrics while INTERACTIONS_METRICS is on',
    });
  return problems;
}

/** start:sharded gives shard N the port METRICS_PORT + N: every shard's must be a valid port. */
export function shardPortsProblem(port: number, totalShards: number): ConfigProblem | null {
  if (port + totalShards - 1 <= 65_535) return null;
  return {
    variable: 'METRICS_PORT',
    expected: `a TCP port with room for ${totalShards} shards (METRICS_PORT + ${totalShards - 1} at most 65535)`,
  };
}
