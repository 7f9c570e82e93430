import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runConsole } from '../../src/console/run-console.js';
import { buildIndex } from '../../src/engine/index.js';
import { kb } from '../reply/fixtures.js';

async function pipe(input: string): Promise<string> {
  const output = new PassThrough();
  const chunks: Buffer[] = [];
  output.on('data', (chunk: Buffer) => chunks.push(chunk));
  await runConsole(buildIndex(kb), { input: Readable.from([input]), output, interactive: false });
  return Buffer.concat(chunks).toString('utf8');
}

describe('runConsole (piped)', () => {
  it('answers every line in order, a blank line included, and ends at end of input', async () => {
    const out = await pipe('first question\n\nthird question\n');
    const blocks = out.trimEnd().split('\n\n');
    expect(blocks).toHaveLength(3);
    // The blank line is a question too, and the article does not cover it.
    expect(blocks[1]).toContain("The article doesn't cover that.");
    expect(out).not.toContain('> ');
  });

  it('answers a last line without a trailing newline', async () => {
    const out = await pipe('one\ntwo');
    expect(out.trimEnd().split('\n\n')).toHaveLength(2);
  });

  it('prints nothing for empty input', async () => {
    expect(await pipe('')).toBe('');
  });
});
