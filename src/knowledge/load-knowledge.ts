import { compileContent } from '../content/compile-content.js';
import { compileContentInWorker } from '../content/compile-in-worker.js';
import { buildIndex, type IndexedKnowledgeBase } from '../engine/index.js';

/** Compiles a content folder and indexes it; throws ContentError for a broken folder. */
export async function loadKnowledge(dir: string): Promise<IndexedKnowledgeBase> {
  return buildIndex(await compileContent(dir));
}

/**
 * The same, for a running bot: the folder is read and compiled on a worker thread so the event loop
 * keeps answering meanwhile. Only indexing runs here, because the index holds closures that cannot
 * cross threads.
 */
export async function loadKnowledgeInWorker(dir: string): Promise<IndexedKnowledgeBase> {
  return buildIndex(await compileContentInWorker(dir));
}
