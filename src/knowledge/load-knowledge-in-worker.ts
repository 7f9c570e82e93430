import { compileContentInWorker } from '../content/compile-in-worker.js';
import { buildIndex, type IndexedKnowledgeBase } from '../engine/index.js';

// Apart from load-knowledge.ts so that a bot, which compiles only on its worker thread, does not load
// the compiler (the Markdown parsers, YAML) on its main thread too: about 0.7 s of CPU per process.

/**
 * Compiles a content folder and indexes it, for a running bot: the folder is read and compiled on a
 * worker thread so the event loop keeps answering meanwhile. Only indexing runs here, because the
 * index holds closures that cannot cross threads. Throws ContentError for a broken folder.
 */
export async function loadKnowledgeInWorker(dir: string): Promise<IndexedKnowledgeBase> {
  return buildIndex(await compileContentInWorker(dir));
}
