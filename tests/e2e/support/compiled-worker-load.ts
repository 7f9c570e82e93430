/**
 * The bot's content loader (loadKnowledgeInWorker) for the in-process bots of the end-to-end project,
 * with the compile on the built worker, dist/content/compile-worker.js, as `npm start` runs it. Under
 * vitest the source loader's worker first loads tsx and transpiles the compiler (about 1.5 s of CPU
 * for a 40 ms compile, measured 2026-12-07); the built one, which the project's global setup has
 * compiled from the same sources, costs about 0.7 s. Indexing stays in this thread, with the engine
 * under test. The source worker is tested as itself by tests/content/compile-in-worker.test.ts and
 * tests/discord/reload-knowledge.test.ts.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ContentError, type ContentProblem } from '../../../src/content/content-error.js';
import type * as CompileInWorker from '../../../src/content/compile-in-worker.js';
import { buildIndex, type IndexedKnowledgeBase } from '../../../src/engine/index.js';
import { REPO_ROOT } from './bot-env.js';
import { compiledEntry } from './child-bot.js';

let compiled: Promise<typeof CompileInWorker> | undefined;

/** dist/content/compile-in-worker.js, loaded once (a computed path: lint and typecheck may run before the build). */
function compiledModule(): Promise<typeof CompileInWorker> {
  const file = join(REPO_ROOT, compiledEntry('src/content/compile-in-worker.ts'));
  compiled ??= import(pathToFileURL(file).href) as Promise<typeof CompileInWorker>;
  return compiled;
}

/** Compiles a folder on the built worker thread and indexes it here; a refusal is src's ContentError. */
export async function loadKnowledgeOnCompiledWorker(dir: string): Promise<IndexedKnowledgeBase> {
  const { compileContentInWorker } = await compiledModule();
  try {
    return buildIndex(await compileContentInWorker(dir));
  } catch (error) {
    // The built module throws its own ContentError class; the bot under test checks for src's.
    if (error instanceof Error && error.name === 'ContentError' && 'problems' in error && 'dir' in error)
      throw new ContentError(String(error.dir), error.problems as readonly ContentProblem[]);
    throw error;
  }
}
