/** Where the bot runs and with what environment: the repository, its content, an obviously fake token. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FakeDiscord } from '../../support/fake-discord/index.js';

/** The repository root (child processes run here). */
export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
/** The shipped content folder. */
export const CONTENT_DIR = fileURLToPath(new URL('../../../content', import.meta.url));
/** Not a Discord token: the fake Discord accepts only this one, and it must never reach a log. */
export const FAKE_TOKEN = 'e2e-test-token.NOT-A-REAL-DISCORD-TOKEN.fake-discord-only';

let dataDir: string | undefined;

/**
 * The bots' store (an SQLite file) for the current test file: a temp folder, so tests never write the
 * developer's data/ (whose questions the review report would then count), and no file counts another
 * file's questions. Made on first use; the end-to-end project's setup file (per-file-cleanup.ts)
 * removes it after each file, since the project's files share their workers' modules (vitest.config.ts).
 */
export function testDataDir(): string {
  return (dataDir ??= mkdtempSync(join(tmpdir(), 'qa-bot-e2e-data-')));
}

/** Removes the current test file's data folder, if it made one. */
export function removeTestDataDir(): void {
  if (dataDir !== undefined) rmSync(dataDir, { recursive: true, force: true });
  dataDir = undefined;
}
// Vitest ends its workers without an 'exit' event, hence the setup file; this covers a plain exit.
process.once('exit', removeTestDataDir);

/** Environment for the bot: its REST (and so its gateway) at the fake, the shipped content, quiet logs. */
export function botEnv(fake: FakeDiscord, extra: Record<string, string> = {}): Record<string, string> {
  return {
    DISCORD_TOKEN: FAKE_TOKEN,
    DISCORD_API_URL: fake.restBase,
    CONTENT_DIR,
    LOG_LEVEL: 'silent',
    DATA_DIR: testDataDir(),
    ...extra,
  };
}
