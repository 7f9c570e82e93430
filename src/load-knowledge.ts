import { compileContent } from './content/compile-content.js';
import { buildIndex, type IndexedKnowledgeBase } from './engine/index.js';

/** Compiles a content folder and indexes it; throws ContentError for a broken folder. */
export async function loadKnowledge(dir: string): Promise<IndexedKnowledgeBase> {
  return buildIndex(await compileContent(dir));
}
