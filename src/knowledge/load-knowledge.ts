import { compileContent } from '../content/compile-content.js';
import { buildIndex, type IndexedKnowledgeBase } from '../engine/index.js';

/**
 * Compiles a content folder and indexes it, in this thread; throws ContentError for a broken folder.
 * A running bot compiles on a worker thread instead (load-knowledge-in-worker.ts).
 */
export async function loadKnowledge(dir: string): Promise<IndexedKnowledgeBase> {
  return buildIndex(await compileContent(dir));
}
