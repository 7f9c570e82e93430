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

/**
 * The bots' store (an SQLite file) for this test file: a temp folder, so tests never write the
 * developer's data/ (whose questions the review report would then count). Deleted at exit.
 */
export const TEST_DATA_DIR = mkdtempSync(join(tmpdir(), 'qa-bot-e2e-data-'));
process.once('exit', () => rmSync(TEST_DATA_DIR, { recursive: true, force: true }));

/** Environment for the bot: its REST (and so its gateway) at the fake, the shipped content, quiet logs. */
export function botEnv(fake: FakeDiscord, extra: Record<string, string> = {}): Record<string, string> {
  return {
    DISCORD_TOKEN: FAKE_TOKEN,
    DISCORD_API_URL: fake.restBase,
    CONTENT_DIR,
    LOG_LEVEL: 'silent',
    DATA_DIR: TEST_DATA_DIR,
    ...extra,
  };
}
