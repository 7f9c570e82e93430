import type { DocumentInfo } from '../../content/knowledge-base.js';
import type { IndexedKnowledgeBase } from '../indexing/build-index.js';

/** The documents of the content folder, in the compiler's stable order (by path). */
export function listDocuments(ikb: IndexedKnowledgeBase): readonly DocumentInfo[] {
  return ikb.kb.documents;
}
