import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { CompileReply } from './compile-reply.js';
import { ContentError } from './content-error.js';
import type { KnowledgeBase } from './knowledge-base.js';

/** How long a compile may run before it is abandoned (reads time out sooner; this bounds the rest). */
export const COMPILE_TIMEOUT_MS = 60_000;

/**
 * How to start the worker entry next to this file: `compile-worker.js` from dist/, or from source
 * `compile-worker.ts` behind a bootstrap that registers tsx first — Node 20 applies neither the
 * parent's `--import tsx` nor vitest's transform to a worker's own entry file.
 */
function workerStart(): { script: string | URL; eval: boolean; workerData?: unknown } {
  const extension = extname(fileURLToPath(import.meta.url));
  const entry = new URL(`./compile-worker${extension}`, import.meta.url);
  if (extension !== '.ts') return { script: entry, eval: false };
  const tsx = import.meta.resolve('tsx/esm/api');
  const bootstrap = `import(${JSON.stringify(tsx)}).then((api) => { api.register(); return import(${JSON.stringify(entry.href)}); });`;
  return { script: bootstrap, eval: true };
}

/**
 * Reads and compiles a content folder on a worker thread, so a large folder never stalls the bot's
 * event loop. Resolves with the same KnowledgeBase compileContent would; rejects with its
 * ContentError for a broken folder, or with an Error when the worker fails or runs out of time.
 */
export function compileContentInWorker(dir: string, timeoutMs = COMPILE_TIMEOUT_MS): Promise<KnowledgeBase> {
  const start = workerStart();
  return new Promise((resolve, reject) => {
    const worker = new Worker(start.script, {
      eval: start.eval,
      workerData: dir,
      // A runaway compile fails on its own heap instead of taking the bot down.
      resourceLimits: { maxOldGenerationSizeMb: 512 },
    });
    let settled = false;
    const finish = (outcome: () => void): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      outcome();
      // Not awaited: terminating waits for a file operation still in flight.
      void worker.terminate().catch(() => undefined);
    };
    const timer = setTimeout(
      () => finish(() => reject(new Error(`compiling ${dir} took longer than ${timeoutMs / 1000} s`))),
      timeoutMs,
    );
    worker.once('message', (reply: CompileReply) =>
      finish(() => {
        if (reply.ok) resolve(reply.kb);
        else if ('problems' in reply) reject(new ContentError(reply.dir, reply.problems));
        else reject(new Error(reply.message));
      }),
    );
    worker.once('error', (error) => finish(() => reject(error)));
    worker.once('exit', (code) =>
      finish(() => reject(new Error(`the compile worker exited (code ${code}) without a result`))),
    );
  });
}
