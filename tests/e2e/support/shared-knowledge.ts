/**
 * The shipped content, compiled once per test process and shared by the in-process bots it starts.
 * The bot compiles its content on a worker thread (loadKnowledgeInWorker); under vitest that worker
 * first loads tsx and transpiles the compiler's sources, about 1.5 s of CPU each time for a 40 ms
 * compile, and most end-to-end tests start a bot of their own. An indexed knowledge base is
 * read-only (the bot's answer cache and the engine's lookups key on it from outside), so bots can
 * share one. The spawned bots, the worker's own tests and every /reload still compile for real, the
 * in-process bots on the built worker (compiled-worker-load.ts).
 */
import type { IndexedKnowledgeBase } from '../../../src/engine/index.js';
import type { LoadKnowledge } from '../../../src/knowledge/reload-knowledge.js';
import { CONTENT_DIR } from './bot-env.js';
import { loadKnowledgeOnCompiledWorker } from './compiled-worker-load.js';

let shipped: Promise<IndexedKnowledgeBase> | undefined;

/**
 * A bot's loader: its first load of the shipped content folder is the shared one (compiled on a
 * worker thread the first time, as the bot does); any other folder, and every later load (a
 * /reload), compiles on a worker thread as the bot's own loader would.
 */
export function shippedKnowledgeFirst(): LoadKnowledge {
  let first = true;
  return (dir) => {
    const useShared = first && dir === CONTENT_DIR;
    first = false;
    if (!useShared) return loadKnowledgeOnCompiledWorker(dir);
    // A failed compile is not kept: the next bot tries again.
    shipped ??= loadKnowledgeOnCompiledWorker(dir).catch((error: unknown) => {
      shipped = undefined;
      throw error;
    });
    return shipped;
  };
}
