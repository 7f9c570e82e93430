import { setTimeout as delay } from 'node:timers/promises';
import { Events, type Client } from 'discord.js';
import { ConfigError } from '../config/config-error.js';
import type { Config } from '../config/parse-config.js';
import type { Clock } from '../bot/abuse/expiring-map.js';
import { createBotContext } from '../bot/bot-context.js';
import { createClient } from '../gateway/create-client.js';
import {
  FATAL_CLOSE_CODES,
  FatalGatewayError,
  describeClose,
  describeLoginFailure,
} from '../gateway/fatal-gateway-error.js';
import { onMessageCreate } from '../gateway/on-message-create.js';
import { fetchApplicationOwner } from '../bot/fetch-owner.js';
import { receiveInteractions } from '../gateway/receive-interactions.js';
import type { KnowledgeStore } from '../knowledge/knowledge-store.js';
import type { ReloadResult } from '../knowledge/reload-knowledge.js';
import { watchLogin } from '../gateway/watch-login.js';
import { createWorkTracker } from '../bot/work-tracker.js';
import { openServingState, type ServingOptions } from './open-serving-state.js';
import type { InteractionsServer } from '../http/interactions-server.js';
import { serveInteractions } from '../http/serve-interactions.js';
import type { Logger } from '../logging/logger.js';
import type { Metrics } from '../metrics/metrics.js';
import { serveConfiguredMetrics, type MetricsServer } from '../metrics/serve-metrics.js';

export { FatalGatewayError } from '../gateway/fatal-gateway-error.js';

/** How long a failed start-up waits for the client to be destroyed. */
const DESTROY_TIMEOUT_MS = 2_000;

/** How long shutdown waits for in-flight replies before destroying the client. */
export const SHUTDOWN_GRACE_MS = 5000;

/** Optional seams for tests and the entry point. */
export interface StartBotOptions extends ServingOptions {
  /** Called after an unrecoverable gateway close once running; defaults to stop(). */
  readonly onFatal?: (error: FatalGatewayError) => void;
  /** Clock for cooldown and dedupe. */
  readonly now?: Clock;
}

/** A bot that is logged in and answering. */
export interface RunningBot {
  readonly client: Client<true>;
  readonly knowledge: KnowledgeStore;
  /** This bot's metrics (what GET /metrics serves). */
  readonly metrics: Metrics;
  /** Graceful shutdown without exiting: ignore new events, wait for in-flight replies (≤5 s), destroy the client. */
  stop(): Promise<void>;
  /** Recompiles the content folder; a broken folder keeps the old knowledge base serving. */
  reload(): Promise<ReloadResult>;
}

/** Loads the knowledge base, logs in and resolves once the client is ready. Throws ContentError or FatalGatewayError. */
export async function startBot(config: Config, options: StartBotOptions = {}): Promise<RunningBot> {
  const token = config.token;
  if (token === undefined) throw new ConfigError([{ variable: 'DISCORD_TOKEN', expected: 'a bot token' }]);
  const serving = await openServingState(config, options);
  const { logger, metrics, knowledge: store, reload, closeStore } = serving;
  const tracker = createWorkTracker();
  const client = createClient({ apiUrl: config.apiUrl, shards: inProcessShards(config) });
  metrics.readGatewayFrom(() => client.ws.shards.map((shard) => ({ shard: shard.id, pingMs: shard.ping })));
  let metricsServer: MetricsServer | undefined;
  try {
    // A shard of start:sharded serves METRICS_PORT + its id: its siblings listen beside it.
    const offset = config.shardedChild ? (client.shard?.ids[0] ?? 0) : 0;
    metricsServer = await serveConfiguredMetrics(metrics, config.metrics.port, offset, logger);
  } catch (error) {
    await closeStore();
    throw error;
  }
  const closeAll = async () => {
    await metricsServer?.close();
    await closeStore();
  };
  const ctx = createBotContext({
    ...serving.contextParts,
    logger,
    // discord.js's REST: login() sets the token on it.
    rest: client.rest,
    fetchOwner: fetchApplicationOwner(client.rest),
    ...(options.now ? { now: options.now } : {}),
  });

  let lastCloseCode: number | null = null;
  let running = false;
  let stopping: Promise<void> | null = null;
  let endpoint: InteractionsServer | undefined;
  const stop = () => (stopping ??= shutDown(client, tracker, logger, endpoint, closeAll));

  receiveInteractions(client, ctx, tracker);
  client.on(Events.MessageCreate, onMessageCreate(ctx, tracker));
  client.on(Events.Error, (error) => logger.error({ err: error }, 'Client error'));
  client.on(Events.ShardError, (error, shardId) =>
    logger.warn({ err: error, shardId }, 'Gateway connection error'),
  );
  client.on(Events.ShardDisconnect, ({ code }, shardId) => {
    lastCloseCode = code;
    if (!running || !FATAL_CLOSE_CODES.has(code)) return;
    const error = new FatalGatewayError(describeClose(code), code);
    logger.fatal({ closeCode: code, shardId }, error.message);
    if (options.onFatal) options.onFatal(error);
    else void stop();
  });

  const ready = new Promise<Client<true>>((resolve) => client.once(Events.ClientReady, resolve));
  const watch = watchLogin(client, logger, config.startupTimeoutMs);
  let readyClient: Client<true>;
  try {
    const login = client.login(token);
    // If the watch fails first, login() may still settle later; nobody is listening by then.
    login.catch(() => undefined);
    await Promise.race([login, watch.failure]);
    readyClient = await Promise.race([ready, watch.failure]);
  } catch (error) {
    // login() destroys the client when it fails itself; a failure the watch saw needs it done here.
    // destroy() can hang while discord.js is stuck mid-handshake, and start-up failure must not.
    watch.stop();
    await Promise.race([client.destroy().catch(() => undefined), delay(DESTROY_TIMEOUT_MS)]);
    await closeAll();
    // The message names the cause, never the token.
    throw watch.error ?? describeLoginFailure(error, lastCloseCode);
  }
  watch.stop();
  running = true;
  // The endpoint too, sharing this context (cooldowns, repeat links, answer cache). Not in a shard
  // child of start:sharded: every shard would bind the same port.
  if (config.interactions && !config.shardedChild) {
    try {
      endpoint = await serveInteractions(config.interactions, ctx, logger, config.metrics.onEndpoint);
    } catch (error) {
      await client.destroy();
      await closeAll();
      throw error;
    }
    logger.info(
      { event: 'endpoint-ready', port: endpoint.port, path: config.interactions.path },
      `Interactions endpoint is listening on port ${endpoint.port}`,
    );
  }
  logger.info(
    {
      event: 'ready',
      user: readyClient.user.tag,
      applicationId: config.applicationId ?? readyClient.application.id,
      // Which Discord this is (DISCORD_API_URL, or the default when it is unset or empty).
      api: config.apiUrl,
      guilds: readyClient.guilds.cache.size,
      shards: readyClient.ws.shards.size,
      version: ctx.version,
    },
    'Bot is ready',
  );
  return { client: readyClient, knowledge: store, metrics, stop, reload };
}

/** Shards this process runs itself: none to decide under the ShardingManager or without SHARD_COUNT. */
function inProcessShards(config: Config): { ids: readonly number[] | 'auto'; count: number } | undefined {
  if (config.shardedChild || config.shardCount === undefined) return undefined;
  // With 'auto' discord.js asks Discord for the count; the number only has to be valid and not 1.
  if (config.shardCount === 'auto') return { ids: 'auto', count: 2 };
  const count = config.shardCount;
  return { ids: config.shardList ?? Array.from({ length: count }, (_, id) => id), count };
}

async function shutDown(
  client: Client,
  tracker: ReturnType<typeof createWorkTracker>,
  logger: Logger,
  endpoint: InteractionsServer | undefined,
  close: () => Promise<void>,
): Promise<void> {
  logger.info({ event: 'shutdown' }, 'Shutting down: no new work, waiting for in-flight replies');
  // The endpoint's requests and the gateway's replies drain side by side, within one grace period.
  const [drained, endpointDrained] = await Promise.all([
    tracker.close(SHUTDOWN_GRACE_MS),
    endpoint ? endpoint.stop(SHUTDOWN_GRACE_MS) : true,
  ]);
  if (!endpointDrained)
    logger.warn({ event: 'shutdown' }, `Endpoint requests still running after ${SHUTDOWN_GRACE_MS} ms`);
  if (!drained)
    logger.warn({ event: 'shutdown' }, `In-flight replies still running after ${SHUTDOWN_GRACE_MS} ms`);
  await client.destroy();
  logger.info({ event: 'shutdown' }, 'Client destroyed');
  // After the in-flight replies, which record their questions: the last ones are written too.
  await close();
}
