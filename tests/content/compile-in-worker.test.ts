/** The bot compiles content on a worker thread (issue 10, item 3): same result, same refusals. */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compileContent } from '../../src/content/compile-content.js';
import { compileContentInWorker } from '../../src/content/compile-in-worker.js';
import { ContentError } from '../../src/content/content-error.js';

const PACKS = fileURLToPath(new URL('../fixtures/packs/', import.meta.url));
const REAL_CONTENT = fileURLToPath(new URL('../../content/', import.meta.url));

/** The error a compile is refused with; fails the test if it succeeds or throws something else. */
async function refusal<E extends Error>(
  promise: Promise<unknown>,
  type: new (...args: never[]) => E,
): Promise<E> {
  const error: unknown = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof type)) throw new Error(`expected a ${type.name}, got ${String(error)}`);
  return error;
}

describe('compileContentInWorker', () => {
  it('gives the knowledge base compileContent gives, for the shipped content and a pack', async () => {
    for (const dir of [REAL_CONTENT, `${PACKS}sourdough`])
      expect(await compileContentInWorker(dir)).toEqual(await compileContent(dir));
  });

  it("refuses a broken folder with compileContent's ContentError", async () => {
    const dir = `${PACKS}broken-glossary-duplicate`;
    const inWorker = await refusal(compileContentInWorker(dir), ContentError);
    const inThread = await refusal(compileContent(dir), ContentError);
    expect(inWorker.problems.length).toBeGreaterThan(0);
    expect(inWorker.problems).toEqual(inThread.problems);
    expect(inWorker.message).toBe(inThread.message);
  });

  it('gives up on a compile that runs past its time limit', async () => {
    const error = await refusal(compileContentInWorker(REAL_CONTENT, 1), Error);
    expect(error.message).toMatch(/took longer than/);
  });
});
