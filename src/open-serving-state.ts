import type { Config } from './config/parse-config.js';
import type { ReadActivity } from './discord/bot-context.js';
import { createKnowledgeStore, type KnowledgeStore } from './discord/knowledge-store.js';
import { reloadKnowledge, type LoadKnowledge, type ReloadResult } from './discord/reload-knowledge.js';
import type { Logger } from './logging/logger.js';
import { openConfiguredStore } from './store/open-configured-store.js';
import { NO_RECORDER, type Recorder } from './store/records.js';

/** What a serving process (the gateway bot or the endpoint) starts from. */
export interface ServingState {
  readonly knowledge: KnowledgeStore;
  /** Recompiles the content folder; a broken folder keeps the old knowledge serving. */
  readonly reload: () => Promise<ReloadResult>;
  /** The test's own recorder, else the configured store, else one that keeps nothing (STORAGE=off). */
  readonly recorder: Recorder;
  /** The configured store's reader for /stats; undefined when no store was opened. */
  readonly readActivity: ReadActivity | undefined;
  /**
   * Writes what the store still holds and closes it (logging what it dropped); call after the
   * requests in flight, which record their questions. Nothing to do without a store.
   */
  readonly closeStore: () => Promise<void>;
}

/**
 * Opens the store first (a database that cannot be used stops start-up before anything else is
 * done), then loads the content; a content error closes the store again. Throws StoreError or
 * ContentError.
 */
export async function openServingState(
  config: Config,
  load: LoadKnowledge,
  ownRecorder: Recorder | undefined,
  logger: Logger,
): Promise<ServingState> {
  const recordStore = await openConfiguredStore(config, ownRecorder, logger);
  let knowledge: KnowledgeStore;
  try {
    knowledge = createKnowledgeStore(await load(config.contentDir));
  } catch (error) {
    await recordStore?.close();
    throw error;
  }
  const reload = () => reloadKnowledge(knowledge, load, config.contentDir, logger);
  const closeStore = async (): Promise<void> => {
    if (!recordStore) return;
    await recordStore.close();
    logger.info(
      { event: 'shutdown', stored: true, dropped: recordStore.dropped },
      'Storage flushed and closed',
    );
  };
  return {
    knowledge,
    reload,
    recorder: ownRecorder ?? recordStore ?? NO_RECORDER,
    readActivity: recordStore ? (query) => recordStore.readActivity(query) : undefined,
    closeStore,
  };
}
