import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { CONSOLE_HELP, runConsole } from '../../src/console/run-console.js';
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
    // The blank line is a question too, and the document does not cover it.
    expect(blocks[1]).toContain("“Chips as an alternative” doesn't cover that.");
  });

  it('echoes each question above its answer, so answers can be matched to questions', async () => {
    const out = await pipe('first question\n\nthird \u202equestion\u001b[2J\n');
    const blocks = out.trimEnd().split('\n\n');
    expect(blocks.map((b) => b.split('\n')[0])).toEqual(['> first question', '> ', '> third question[2J']);
    expect(blocks.every((b) => b.split('\n').length > 1)).toBe(true);
  });

  it('answers help and ? with the console help, and stops at quit or exit', async () => {
    const out = await pipe('help\n ? \nfirst question\nQUIT\nnever answered\n');
    const blocks = out.trimEnd().split('\n\n');
    expect(blocks).toHaveLength(3);
    expect(blocks[0]).toBe(`> help\n${CONSOLE_HELP.trimEnd()}`);
    expect(blocks[1]).toBe(`>  ? \n${CONSOLE_HELP.trimEnd()}`);
    expect(out).not.toContain('never answered');
    expect(await pipe('exit\nsecond\n')).toBe('');
  });

  it('answers a last line without a trailing newline', async () => {
    const out = await pipe('one\ntwo');
    expect(out.trimEnd().split('\n\n')).toHaveLength(2);
  });

  it('prints nothing for empty input', async () => {
    expect(await pipe('')).toBe('');
  });
});
