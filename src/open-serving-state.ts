import type { Config } from './config/parse-config.js';
import { createKnowledgeStore, type KnowledgeStore } from './discord/knowledge-store.js';
import { reloadKnowledge, type LoadKnowledge, type ReloadResult } from './discord/reload-knowledge.js';
import type { Logger } from './logging/logger.js';
import { openConfiguredStore } from './store/open-configured-store.js';
import type { Store } from './store/open-store.js';
import type { Recorder } from './store/records.js';

/** What a serving process (the gateway bot or the endpoint) starts from. */
export interface ServingState {
  /** The configured store; undefined when a test hands its own recorder or STORAGE=off. */
  readonly recordStore: Store | undefined;
  readonly knowledge: KnowledgeStore;
  /** Recompiles the content folder; a broken folder keeps the old knowledge serving. */
  readonly reload: () => Promise<ReloadResult>;
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
  return { recordStore, knowledge, reload };
}
