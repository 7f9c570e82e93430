/** The bot compiles content on a worker thread (issue 10, item 3): same result, same refusals. */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compileContent } from '../../src/content/compile-content.js';
import { compileContentInWorker } from '../../src/content/compile-in-worker.js';
import { ContentError } from '../../src/content/content-error.js';

const PACKS = fileURLToPath(new URL('../fixtures/packs/', import.meta.url));
const REAL_CONTENT = fileURLToPath(new URL('../../content/', import.meta.url));

const refusal = (promise: Promise<unknown>): Promise<unknown> =>
  promise.then(
    () => undefined,
    (error: unknown) => error,
  );

describe('compileContentInWorker', () => {
  it('gives the knowledge base compileContent gives, for the shipped content and a pack', async () => {
    for (const dir of [REAL_CONTENT, `${PACKS}sourdough`])
      expect(await compileContentInWorker(dir)).toEqual(await compileContent(dir));
  });

  it("refuses a broken folder with compileContent's ContentError", async () => {
    const dir = `${PACKS}broken-glossary-duplicate`;
    const inWorker = await refusal(compileContentInWorker(dir));
    const inThread = await refusal(compileContent(dir));
    expect(inWorker).toBeInstanceOf(ContentError);
    expect(inThread).toBeInstanceOf(ContentError);
    expect((inWorker as ContentError).problems).toEqual((inThread as ContentError).problems);
    expect((inWorker as ContentError).message).toBe((inThread as ContentError).message);
  });

  it('gives up on a compile that runs past its time limit', async () => {
    const error = await refusal(compileContentInWorker(REAL_CONTENT, 1));
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toMatch(/took longer than/);
  });
});
