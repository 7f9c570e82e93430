import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from '../logging/logger.js';
import type { Metrics } from './metrics.js';
import { sendMetrics } from './send-metrics.js';

/** The path Prometheus scrapes, on METRICS_PORT and on the interactions endpoint. */
export const METRICS_PATH = '/metrics';

/** A listening METRICS_PORT server. */
export interface MetricsServer {
  readonly port: number;
  /** Stops listening and closes every connection (a scrape in flight is cut). */
  close(): Promise<void>;
}

/**
 * Serves GET /metrics on its own port (METRICS_PORT, plus the shard id under start:sharded); every
 * other path gets 404. Resolves once listening; rejects when the port cannot be bound.
 */
export function serveMetrics(
  metrics: Metrics,
  port: number,
  logger: Logger,
  host?: string,
): Promise<MetricsServer> {
  const server = createServer({ headersTimeout: 10_000, requestTimeout: 15_000 }, (req, res) => {
    const path = (req.url ?? '/').split('?', 1)[0];
    if (path !== METRICS_PATH) {
      res.writeHead(404, { 'content-length': 0 }).end();
      return;
    }
    void sendMetrics(req, res, metrics, logger);
  });
  server.on('clientError', (_error, socket) => socket.destroy());
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve({
        port: (server.address() as AddressInfo).port,
        close: () =>
          new Promise((done) => {
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}

/**
 * METRICS_PORT's server when it is set (plus `offset`: a shard's id under start:sharded), logged once
 * listening; undefined when it is not. Rejects with an error naming METRICS_PORT when the port is taken.
 */
export async function serveConfiguredMetrics(
  metrics: Metrics,
  port: number | undefined,
  offset: number,
  logger: Logger,
): Promise<MetricsServer | undefined> {
  if (port === undefined) return undefined;
  let server: MetricsServer;
  try {
    server = await serveMetrics(metrics, port + offset, logger);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`Cannot serve metrics on METRICS_PORT${offset > 0 ? ` + ${offset}` : ''}: ${reason}`);
  }
  logger.info(
    { event: 'metrics-ready', port: server.port, path: METRICS_PATH },
    `Metrics are served on port ${server.port}`,
  );
  return server;
}
