import type { Config } from '../config/parse-config.js';
import type { BotContextParts, ReadActivity } from '../bot/bot-context.js';
import { createKnowledgeStore, type KnowledgeStore } from '../knowledge/knowledge-store.js';
import { reloadKnowledge, type LoadKnowledge, type ReloadResult } from '../knowledge/reload-knowledge.js';
import { loadKnowledgeInWorker } from '../knowledge/load-knowledge-in-worker.js';
import { createLogger, type Logger } from '../logging/logger.js';
import { createMetrics, type Metrics } from '../metrics/metrics.js';
import { openConfiguredStore } from '../store/open-configured-store.js';
import { NO_RECORDER, type Recorder } from '../store/records.js';

/** The seams a serving process offers tests and the entry points, the same for both transports. */
export interface ServingOptions {
  /** Defaults to a logger built from the config. */
  readonly logger?: Logger;
  /** Defaults to compiling `config.contentDir` on a worker thread and indexing it. */
  readonly loadKnowledge?: LoadKnowledge;
  /** Where questions and votes are handed; defaults to the store the config names (STORAGE=off: nowhere). */
  readonly recorder?: Recorder;
}

/** What a serving process (the gateway bot or the endpoint) starts from. */
export interface ServingState {
  readonly logger: Logger;
  /** This process's metrics (what GET /metrics serves). */
  readonly metrics: Metrics;
  readonly knowledge: KnowledgeStore;
  /** Recompiles the content folder; a broken folder keeps the old knowledge serving. */
  readonly reload: () => Promise<ReloadResult>;
  /**
   * Writes what the store still holds and closes it (logging what it dropped); call after the
   * requests in flight, which record their questions. Nothing to do without a store.
   */
  readonly closeStore: () => Promise<void>;
  /**
   * The bot context's parts that come from the config and this state, the same for every transport.
   * The recorder is the test's own, else the configured store's, else one that keeps nothing
   * (STORAGE=off); readActivity (for /stats) is undefined when no store was opened.
   */
  readonly contextParts: Pick<
    BotContextParts,
    'store' | 'reload' | 'contentDir' | 'cooldown' | 'adminGuildId' | 'recorder' | 'readActivity' | 'metrics'
  >;
}

/**
 * Opens the store first (a database that cannot be used stops start-up before anything else is
 * done), then loads the content; a content error closes the store again. Throws StoreError or
 * ContentError. Its metrics count the reloads and read the store's queue and totals.
 */
export async function openServingState(config: Config, options: ServingOptions = {}): Promise<ServingState> {
  const logger =
    options.logger ??
    createLogger({ level: config.logLevel, development: config.development, secrets: [config.token] });
  const load = options.loadKnowledge ?? loadKnowledgeInWorker;
  const ownRecorder = options.recorder;
  const metrics = createMetrics();
  const recordStore = await openConfiguredStore(config, ownRecorder, logger);
  let knowledge: KnowledgeStore;
  try {
    knowledge = createKnowledgeStore(await load(config.contentDir));
  } catch (error) {
    await recordStore?.close();
    throw error;
  }
  if (recordStore) metrics.readStoreFrom(recordStore);
  const reload = async (): Promise<ReloadResult> => {
    const result = await reloadKnowledge(knowledge, load, config.contentDir, logger);
    metrics.reload(result.ok);
    return result;
  };
  const closeStore = async (): Promise<void> => {
    if (!recordStore) return;
    await recordStore.close();
    const { dropped, where } = recordStore;
    // "Flushed" only when it was: records the store could not keep are named, never reported stored.
    if (dropped === 0)
      logger.info({ event: 'shutdown', stored: true, dropped }, 'Storage flushed and closed');
    else
      logger.warn({ event: 'shutdown', where, dropped }, 'Storage closed; records were dropped, not stored');
  };
  const recorder = ownRecorder ?? recordStore ?? NO_RECORDER;
  const readActivity: ReadActivity | undefined = recordStore
    ? (query) => recordStore.readActivity(query)
    : undefined;
  return {
    logger,
    metrics,
    knowledge,
    reload,
    closeStore,
    contextParts: {
      store: knowledge,
      reload,
      contentDir: config.contentDir,
      cooldown: config.cooldown,
      adminGuildId: config.adminGuildId,
      recorder,
      readActivity,
      metrics,
    },
  };
}
