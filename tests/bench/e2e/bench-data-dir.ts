/** Where the bots under test keep their store during a run: never the repository's data/ folder. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = mkdtempSync(join(tmpdir(), 'qa-bot-bench-data-'));
process.once('exit', () => rmSync(root, { recursive: true, force: true }));

/** A DATA_DIR of its own for the bot labelled `label` (the SQLite file goes in it). */
export function benchDataDir(label: string): string {
  return join(root, label.replace(/[^\w-]/g, '_'));
}
