import { ContentError, type ContentProblem } from '../content/content-error.js';
import { describeKnowledge, type IndexedKnowledgeBase } from '../engine/index.js';
import type { Logger } from '../logging/logger.js';
import type { KnowledgeStore } from './knowledge-store.js';

/** What a reload did: the new sizes, or why the old knowledge base is still serving. */
export type ReloadResult =
  | { readonly ok: true; readonly passages: number; readonly questions: number }
  | { readonly ok: false; readonly problems: readonly ContentProblem[] };

/** Loads a content folder into an indexed knowledge base (loadKnowledge in production). */
export type LoadKnowledge = (dir: string) => Promise<IndexedKnowledgeBase>;

/**
 * Recompiles the content folder and swaps it in. A broken folder leaves the old knowledge base
 * serving; its problems are logged and returned for the admin.
 */
export async function reloadKnowledge(
  store: KnowledgeStore,
  load: LoadKnowledge,
  dir: string,
  logger: Logger,
): Promise<ReloadResult> {
  try {
    const next = await load(dir);
    store.swap(next);
    const { passages, questions } = describeKnowledge(next);
    const result = { ok: true, passages, questions } as const;
    logger.info({ event: 'reload', ...result }, 'Knowledge base reloaded');
    return result;
  } catch (error) {
    const problems: readonly ContentProblem[] =
      error instanceof ContentError
        ? error.problems
        : [{ file: dir, entry: '-', reason: error instanceof Error ? error.message : String(error) }];
    logger.error(
      { event: 'reload', ok: false, problems },
      'Reload failed; the previous knowledge base keeps serving',
    );
    return { ok: false, problems };
  }
}
