import { requireInteractionsEndpoint, type Config } from '../config/parse-config.js';
import type { Clock } from '../bot/abuse/expiring-map.js';
import { createBotContext } from '../bot/bot-context.js';
import { fetchApplicationOwner } from '../bot/fetch-owner.js';
import type { KnowledgeStore } from '../knowledge/knowledge-store.js';
import type { ReloadResult } from '../knowledge/reload-knowledge.js';
import { createRest } from '../http/create-rest.js';
import { serveInteractions } from '../http/serve-interactions.js';
import { openServingState, type ServingOptions } from './open-serving-state.js';
import type { Metrics } from '../metrics/metrics.js';
import { serveConfiguredMetrics, type MetricsServer } from '../metrics/serve-metrics.js';
import { SHUTDOWN_GRACE_MS } from './start-bot.js';

/** Optional seams for tests and the entry point. */
export interface StartEndpointOptions extends ServingOptions {
  /** Clock for cooldown and dedupe. */
  readonly now?: Clock;
}

/** The endpoint, listening and answering. */
export interface RunningEndpoint {
  readonly port: number;
  readonly knowledge: KnowledgeStore;
  /** This endpoint's metrics (what GET /metrics serves). */
  readonly metrics: Metrics;
  /** Stops accepting, finishes requests and deferred work in flight (≤5 s), closes every connection. */
  stop(): Promise<void>;
  /** Recompiles the content folder; a broken folder keeps the old knowledge base serving. */
  reload(): Promise<ReloadResult>;
}

/**
 * `npm run start:http`: loads the knowledge base and serves the interactions endpoint alone, with no
 * gateway connection. Throws ConfigError without DISCORD_PUBLIC_KEY and INTERACTIONS_PORT, ContentError
 * for a broken content folder.
 */
export async function startEndpoint(
  config: Config,
  options: StartEndpointOptions = {},
): Promise<RunningEndpoint> {
  const endpoint = requireInteractionsEndpoint(config);
  const serving = await openServingState(config, options);
  const { logger, metrics, knowledge: store, reload, closeStore } = serving;
  const rest = createRest(config.apiUrl, config.token);
  const ctx = createBotContext({
    ...serving.contextParts,
    logger,
    rest,
    // Without the token nobody can ask who owns the application: ADMIN_GUILD_ID alone decides /reload.
    ...(config.token !== undefined ? { fetchOwner: fetchApplicationOwner(rest) } : {}),
    ...(options.now ? { now: options.now } : {}),
  });
  let server;
  let metricsServer: MetricsServer | undefined;
  try {
    metricsServer = await serveConfiguredMetrics(metrics, config.metrics.port, 0, logger);
    server = await serveInteractions(endpoint, ctx, logger, config.metrics.onEndpoint);
  } catch (error) {
    await metricsServer?.close();
    await closeStore();
    throw error;
  }
  logger.info(
    {
      event: 'ready',
      mode: 'http',
      port: server.port,
      path: endpoint.path,
      api: config.apiUrl,
      withToken: config.token !== undefined,
      version: ctx.version,
    },
    `Interactions endpoint is listening on port ${server.port}`,
  );
  let stopping: Promise<void> | null = null;
  const stop = async (): Promise<void> => {
    logger.info({ event: 'shutdown' }, 'Shutting down: no new requests, finishing those in flight');
    const drained = await server.stop(SHUTDOWN_GRACE_MS);
    if (!drained) logger.warn({ event: 'shutdown' }, `Requests still running after ${SHUTDOWN_GRACE_MS} ms`);
    logger.info({ event: 'shutdown' }, 'Endpoint closed');
    await metricsServer?.close();
    // After the requests in flight, which record their questions: the last ones are written too.
    await closeStore();
  };
  return { port: server.port, knowledge: store, metrics, stop: () => (stopping ??= stop()), reload };
}
