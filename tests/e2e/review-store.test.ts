/**
 * `npm run review` against stores it cannot or must not write: a PostgreSQL server that asks for a
 * password the URL lacks, a mistyped DATA_DIR, and a store in a folder the reader cannot write.
 * Each ends promptly: one line and exit 1, or the report. And a bad argument: the usage and exit 2.
 */
import { existsSync, statSync } from 'node:fs';
import { chmod, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createSilentLogger } from '../../src/logging/logger.js';
import { openStore } from '../../src/store/open-store.js';
import { startPostgres, type TestPostgres } from '../support/postgres/start-postgres.js';
import { question } from '../store/support/records.js';
import { ReviewJsonSchema } from '../review/review-json-schema.js';
import { CONTENT_DIR } from './support/bot-env.js';
import { ChildBot, compiledEntry, spawnEntryPoint } from './support/child-bot.js';

const PASSWORD = 'review-test-s3cret';
let root: string;
let review: ChildBot | undefined;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'qa-bot-review-store-'));
  // Readable by the unprivileged reader below (mkdtemp makes it private).
  await chmod(root, 0o755);
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});
afterEach(async () => {
  await review?.kill();
  review = undefined;
});

/** The review entry point (compiled, see spawnEntryPoint), with only these variables (and the content folder) set. */
function runReview(env: Record<string, string>, args: readonly string[] = []): ChildBot {
  review = spawnEntryPoint('src/cli/review.ts', { CONTENT_DIR, ...env }, args);
  return review;
}

/** Exit 1 well within the window (a hang fails), and exactly one line on stderr. */
async function expectOneLineFailure(child: ChildBot): Promise<string> {
  const exit = await child.exitWithin(30_000);
  expect(exit, child.stderr).toEqual({ code: 1, signal: null });
  expect(child.stdout).toBe('');
  const lines = child.stderr.trimEnd().split('\n');
  expect(lines, child.stderr).toHaveLength(1);
  return lines[0] ?? '';
}

describe('npm run review (the entry point) with a bad argument', () => {
  it('exits 2 with the usage', async () => {
    const child = runReview({}, ['--days', '0']);
    expect(await child.exitWithin(30_000)).toEqual({ code: 2, signal: null });
    expect(child.stderr).toContain('review: --days must be a whole number from 1 to 3650');
    expect(child.stdout).toBe('');
  });
});

describe('review against PostgreSQL', () => {
  let pg: TestPostgres;
  beforeAll(async () => {
    pg = await startPostgres({ password: PASSWORD });
  }, 60_000);
  afterAll(async () => {
    await pg.destroy();
  });

  // The driver fails the SCRAM handshake ("client password must be a string") but leaves its socket
  // open until the server's authentication timeout (a minute): the review printed its line and hung.
  it('with a URL that lacks the password the server asks for: one line, exit 1, no hang', async () => {
    const url = pg.url.replace(`:${PASSWORD}@`, '@');
    expect(url).not.toContain(PASSWORD);
    const line = await expectOneLineFailure(runReview({ DATABASE_URL: url }));
    expect(line).toMatch(
      /^review: cannot read stored activity: .*PostgreSQL database postgres at 127\.0\.0\.1:\d+: .*SASL/,
    );
  });

  it('with the password: the report of an empty database says there is no store, without the password', async () => {
    const line = await expectOneLineFailure(runReview({ DATABASE_URL: pg.url }));
    expect(line).toMatch(/holds no store: the bot has recorded nothing there$/);
    expect(line).not.toContain(PASSWORD);
  });
});

describe('review against SQLite', () => {
  it('a mistyped DATA_DIR: says there is no store there, exit 1, and creates nothing', async () => {
    const mistyped = join(root, 'dta');
    const line = await expectOneLineFailure(runReview({ DATA_DIR: mistyped }));
    expect(line).toBe(
      `review: cannot read stored activity: No store at ${join(mistyped, 'bot.sqlite')}: the bot has recorded nothing there (is DATA_DIR right?)`,
    );
    expect(existsSync(mistyped)).toBe(false);
  });

  it('reads a store in a folder the reader cannot write, and leaves it untouched', async () => {
    const dir = join(root, 'read-only');
    const store = await openStore({
      enabled: true,
      dataDir: dir,
      databaseUrl: undefined,
      retentionDays: 30,
      storeQuestions: true,
      logger: createSilentLogger(),
    });
    store.recordQuestion(
      question({ question: 'what is a tpu', answered: false, entryId: null, passageIds: [] }),
    );
    store.recordQuestion(question());
    await store.close();
    const before = await readdir(dir);
    const modified = statSync(join(dir, 'bot.sqlite')).mtimeMs;
    await chmod(dir, 0o555);
    try {
      // Root may write anywhere: the report then runs as `nobody`, for whom the folder is read-only.
      const asRoot = process.getuid?.() === 0;
      const env = { DATA_DIR: dir, CONTENT_DIR };
      review = asRoot
        ? new ChildBot(
            'runuser',
            ['-u', 'nobody', '--', process.execPath, compiledEntry('src/cli/review.ts'), '--json'],
            env,
          )
        : runReview(env, ['--json']);
      const exit = await review.exitWithin(30_000);
      expect(review.stderr).toBe('');
      expect(exit).toEqual({ code: 0, signal: null });
      const report = ReviewJsonSchema.parse(JSON.parse(review.stdout));
      expect(report).toMatchObject({ questions: 2, answered: 1, declined: 1 });
    } finally {
      await chmod(dir, 0o755);
    }
    expect(await readdir(dir)).toEqual(before);
    expect(statSync(join(dir, 'bot.sqlite')).mtimeMs).toBe(modified);
  });
});
