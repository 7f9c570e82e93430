/** The environment a bot under test starts with: only what it reads, nothing inherited. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// Where the bots keep their store during a run: never the repository's data/ folder.
const dataRoot = mkdtempSync(join(tmpdir(), 'qa-bot-bench-data-'));
process.once('exit', () => rmSync(dataRoot, { recursive: true, force: true }));

/**
 * What `npm start` in a clean shell would see for the bot labelled `label`, plus `extra` (its
 * Discord, its mode): the repo's content, warnings only, a cooldown no workload reaches, and a
 * DATA_DIR of its own.
 */
export function benchEnv(label: string, extra: Readonly<Record<string, string>>): Record<string, string> {
  return {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? '',
    CONTENT_DIR: 'content',
    LOG_LEVEL: 'warn',
    // The highest allowed; every asker also asks only a few questions per run.
    COOLDOWN_QUESTIONS: '1000',
    COOLDOWN_SECONDS: '1',
    DATA_DIR: join(dataRoot, label.replace(/[^\w-]/g, '_')),
    ...extra,
  };
}
