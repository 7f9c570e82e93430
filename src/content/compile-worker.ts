// Worker thread entry: compiles one content folder and posts back the plain KnowledgeBase (structured
// clone), or the problems that refused it. Started by compileContentInWorker; never imported.
import { parentPort, workerData } from 'node:worker_threads';
import { compileContent } from './compile-content.js';
import { ContentError } from './content-error.js';
import type { CompileReply } from './compile-reply.js';

async function compile(dir: string): Promise<CompileReply> {
  try {
    return { ok: true, kb: await compileContent(dir) };
  } catch (error) {
    if (error instanceof ContentError) return { ok: false, dir: error.dir, problems: [...error.problems] };
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}

const dir: unknown = workerData;
parentPort?.postMessage(
  typeof dir === 'string' ? await compile(dir) : { ok: false, message: 'no content folder given' },
);
