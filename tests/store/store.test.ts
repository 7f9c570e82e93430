import { Migrator, sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import type { StoreConfig } from '../../src/config/parse-config.js';
import { MIGRATIONS } from '../../src/store/migrations.js';
import { openStore, type Store } from '../../src/store/open-store.js';
import { StoreError } from '../../src/store/store-error.js';
import { LogCapture } from '../e2e/support/log-capture.js';
import { question, vote } from './support/records.js';
import { withRaw } from './support/raw-database.js';
import { DIALECTS, useStoreTarget } from './support/store-target.js';

const DAY_MS = 86_400_000;
const NOW = new Date('2026-12-10T12:00:00Z');

describe.each(DIALECTS)('the store on %s', (dialect) => {
  const target = useStoreTarget(dialect);
  const open: Store[] = [];
  const logs = new LogCapture();

  async function start(
    config: StoreConfig,
    extra: {
      now?: () => number;
      queueLimit?: number;
      prune?: boolean;
      flushIntervalMs?: number;
      batchRows?: number;
    } = {},
  ) {
    const store = await openStore({ ...config, logger: logs.logger, ...extra });
    open.push(store);
    return store;
  }

  afterEach(async () => {
    await Promise.all(open.splice(0).map((store) => store.close()));
  });

  it('migrates an empty database, and opens a migrated one again without change', async () => {
    const config = await target.fresh();
    await (await start(config)).close();
    const store = await start(config);
    store.recordQuestion(question({ at: NOW }));
    await store.flush();
    // A later flush adds to the day's counts.
    store.recordQuestion(question({ at: NOW }));
    store.recordQuestion(question({ at: NOW, answered: false }));
    const activity = await store.readActivity({ days: 1, now: NOW });
    expect(activity.perDay).toEqual([{ day: '2026-12-10', answered: 2, declined: 1 }]);
    expect(store.dropped).toBe(0);
    const names = await withRaw(config, async (db) =>
      (await sql<{ name: string }>`select name from kysely_migration order by name`.execute(db)).rows.map(
        (r) => r.name,
      ),
    );
    expect(names).toEqual(Object.keys(MIGRATIONS).sort());
  });

  it('migrates a database of the previous schema, keeping its rows', async () => {
    const config = await target.fresh();
    const names = Object.keys(MIGRATIONS).sort();
    const previous = Object.fromEntries(names.slice(0, -1).map((name) => [name, MIGRATIONS[name]!]));
    await withRaw(config, async (db) => {
      const migrator = new Migrator({ db, provider: { getMigrations: () => Promise.resolve(previous) } });
      const { error } = await migrator.migrateToLatest();
      expect(error).toBeUndefined();
      await db
        .insertInto('questions')
        .values({
          at: NOW.getTime(),
          guild_id: null,
          via: 'dm',
          question: 'an old question',
          answered: 0,
          entry_id: null,
          passage_ids: '[]',
          confidence: 0.2,
          ms: 3,
        })
        .execute();
      await db
        .insertInto('daily_counts')
        .values({ day: '2026-12-10', guild_id: '', answered: 0, declined: 1 })
        .execute();
    });
    const store = await start(config, { now: () => NOW.getTime() });
    const activity = await store.readActivity({ days: 1, now: NOW });
    expect(activity.perDay).toEqual([{ day: '2026-12-10', answered: 0, declined: 1 }]);
    expect(activity.declined.map((q) => [q.question, q.via, q.guildId])).toEqual([
      ['an old question', 'dm', null],
    ]);
  });

  it('refuses, in one line, a database a newer version of the bot migrated', async () => {
    const config = await target.fresh();
    await (await start(config)).close();
    await withRaw(config, (db) =>
      sql`insert into kysely_migration (name, timestamp) values ('9999-from-the-future', '2030-01-01T00:00:00.000Z')`.execute(
        db,
      ),
    );
    const failure = openStore({ ...config, logger: logs.logger });
    await expect(failure).rejects.toBeInstanceOf(StoreError);
    await expect(failure).rejects.toThrow(
      /^The .* was written by a newer version of the bot \(schema 9999-from-the-future\)[^\n]*$/,
    );
  });

  it('keeps per question and per vote what the report reads, newest declined first', async () => {
    const store = await start(await target.fresh());
    const earlier = new Date(NOW.getTime() - DAY_MS);
    store.recordQuestion(
      question({ at: earlier, answered: false, question: 'who won the cup?', entryId: null, passageIds: [] }),
    );
    store.recordQuestion(question({ at: NOW, via: 'mention' }));
    store.recordQuestion(
      question({
        at: NOW,
        guildId: null,
        via: 'dm',
        answered: false,
        question: 'what is a TPU?',
        entryId: 'what-is-gpu',
        confidence: 0.4,
      }),
    );
    store.recordVote(vote({ at: NOW }));
    store.recordVote(vote({ at: NOW, userId: '200000000000000002', vote: 'down' }));
    const activity = await store.readActivity({ days: 3, now: NOW });
    expect(activity.perDay).toEqual([
      { day: '2026-12-08', answered: 0, declined: 0 },
      { day: '2026-12-09', answered: 0, declined: 1 },
      { day: '2026-12-10', answered: 1, declined: 1 },
    ]);
    expect(activity.declined).toEqual([
      {
        at: NOW,
        guildId: null,
        via: 'dm',
        question: 'what is a TPU?',
        answered: false,
        entryId: 'what-is-gpu',
        passageIds: ['g-gpu'],
        confidence: 0.4,
      },
      {
        at: earlier,
        guildId: '100000000000000001',
        via: 'command:ask',
        question: 'who won the cup?',
        answered: false,
        entryId: null,
        passageIds: [],
        confidence: 0.9,
      },
    ]);
    expect(activity.votes).toEqual([{ entryId: 'what-is-gpu', question: 'What is a GPU?', up: 1, down: 1 }]);
    // One guild: its own questions only (DMs belong to no guild).
    const guild = await store.readActivity({ days: 3, now: NOW, guildId: '100000000000000001' });
    expect(guild.perDay.at(-1)).toEqual({ day: '2026-12-10', answered: 1, declined: 0 });
    expect(guild.declined.map((q) => q.question)).toEqual(['who won the cup?']);
  });

  it('reads at most maxDeclined declined questions, the newest, and none of a kind it does not know', async () => {
    const config = await target.fresh();
    const store = await start(config);
    for (const [i, text] of ['oldest', 'middle', 'newest'].entries())
      store.recordQuestion(
        question({ at: new Date(NOW.getTime() - (3 - i) * 60_000), answered: false, question: text }),
      );
    await store.flush();
    await withRaw(config, (db) =>
      db
        .insertInto('questions')
        .values({
          at: NOW.getTime(),
          guild_id: null,
          via: 'from-a-newer-bot',
          question: 'a kind this version does not know',
          answered: 0,
          entry_id: null,
          passage_ids: '[]',
          confidence: 0,
          ms: 1,
        })
        .execute(),
    );
    const activity = await store.readActivity({ days: 1, now: NOW, maxDeclined: 2 });
    expect(activity.declined.map((q) => q.question)).toEqual(['newest', 'middle']);
    const all = await store.readActivity({ days: 1, now: NOW });
    expect(all.declined.map((q) => q.question)).toEqual(['newest', 'middle', 'oldest']);
  });

  it('counts one vote per person per answer: a second press changes it, another answer is another vote', async () => {
    const config = await target.fresh();
    const store = await start(config);
    const at = (s: number) => new Date(NOW.getTime() + s * 1000);
    store.recordVote(vote({ at: at(1), vote: 'up' }));
    store.recordVote(vote({ at: at(2), vote: 'down' })); // same flush, changed
    await store.flush();
    store.recordVote(vote({ at: at(3), vote: 'up' })); // a later flush, changed back
    store.recordVote(vote({ at: at(4), messageId: '300000000000000002', vote: 'down' }));
    store.recordVote(vote({ at: at(5), userId: '200000000000000002', vote: 'down' }));
    store.recordVote(vote({ at: at(6), userId: '200000000000000002', vote: 'down' })); // pressed twice
    const activity = await store.readActivity({ days: 1, now: NOW });
    expect(activity.votes).toEqual([{ entryId: 'what-is-gpu', question: 'What is a GPU?', up: 1, down: 2 }]);
    expect(store.dropped).toBe(0);
    const rows = await withRaw(config, (db) => db.selectFrom('votes').selectAll().execute());
    expect(rows).toHaveLength(3);
    // Who voted is a keyed hash, never the user id.
    for (const row of rows) {
      expect(row.voter).toMatch(/^[0-9a-f]{64}$/);
      expect(JSON.stringify(row)).not.toContain('200000000000000001');
    }
  });

  it('with STORE_QUESTIONS=false keeps the daily counts only: no question text, no vote', async () => {
    const config = await target.fresh({ storeQuestions: false });
    const store = await start(config);
    store.recordQuestion(question({ at: NOW, question: 'secret words' }));
    store.recordQuestion(question({ at: NOW, answered: false, question: 'more secret words' }));
    store.recordVote(vote({ at: NOW }));
    const activity = await store.readActivity({ days: 1, now: NOW });
    expect(activity).toEqual({
      perDay: [{ day: '2026-12-10', answered: 1, declined: 1 }],
      declined: [],
      votes: [],
    });
    const counts = await withRaw(config, async (db) => ({
      questions: (await db.selectFrom('questions').selectAll().execute()).length,
      votes: (await db.selectFrom('votes').selectAll().execute()).length,
    }));
    expect(counts).toEqual({ questions: 0, votes: 0 });
  });

  it('prunes question and vote rows past QUESTION_RETENTION_DAYS at start and daily, keeping the counts', async () => {
    const config = await target.fresh({ retentionDays: 2 });
    let now = NOW.getTime();
    const store = await start(config, { now: () => now });
    const daysAgo = (days: number) => new Date(NOW.getTime() - days * DAY_MS);
    store.recordQuestion(question({ at: daysAgo(3), answered: false, question: 'three days old' }));
    store.recordQuestion(question({ at: daysAgo(1), answered: false, question: 'one day old' }));
    store.recordVote(vote({ at: daysAgo(3) }));
    store.recordVote(vote({ at: daysAgo(1), messageId: '300000000000000009' }));
    await store.flush();
    await store.close();

    // At start: the three-day-old rows go.
    const reopened = await start(config, { now: () => now });
    let activity = await reopened.readActivity({ days: 5, now: NOW });
    expect(activity.declined.map((q) => q.question)).toEqual(['one day old']);
    expect(activity.votes).toEqual([{ entryId: 'what-is-gpu', question: 'What is a GPU?', up: 1, down: 0 }]);
    expect(activity.perDay.map((d) => d.declined)).toEqual([0, 1, 0, 1, 0]);

    // A day later, while running: the one-day-old rows are now past it too.
    now += 2 * DAY_MS;
    await reopened.flush();
    activity = await reopened.readActivity({ days: 5, now: NOW });
    expect(activity.declined).toEqual([]);
    expect(activity.votes).toEqual([]);
    expect(activity.perDay.map((d) => d.declined)).toEqual([0, 1, 0, 1, 0]);
  });

  it('leaves old rows alone when opened to read (prune: false), whatever its retention', async () => {
    const config = await target.fresh({ retentionDays: 30 });
    const store = await start(config, { now: () => NOW.getTime() });
    const daysAgo = (days: number) => new Date(NOW.getTime() - days * DAY_MS);
    store.recordQuestion(question({ at: daysAgo(3), answered: false, question: 'three days old' }));
    await store.close();
    // The report, run with QUESTION_RETENTION_DAYS=1, reads what the bot (keeping 30 days) kept.
    const reader = await start({ ...config, retentionDays: 1 }, { now: () => NOW.getTime(), prune: false });
    const activity = await reader.readActivity({ days: 5, now: NOW });
    expect(activity.declined.map((q) => q.question)).toEqual(['three days old']);
  });

  it('drops (and counts) what does not fit its bounded queue, and what comes after close', async () => {
    const config = await target.fresh();
    const store = await start(config, { queueLimit: 10 });
    for (let i = 0; i < 15; i++) store.recordQuestion(question({ at: NOW }));
    expect(store.dropped).toBe(5);
    await store.close();
    store.recordQuestion(question({ at: NOW }));
    expect(store.dropped).toBe(6);
    const reopened = await start(config);
    const activity = await reopened.readActivity({ days: 1, now: NOW });
    expect(activity.perDay).toEqual([{ day: '2026-12-10', answered: 10, declined: 0 }]);
  });

  it('writes on its own every second', async () => {
    const config = await target.fresh();
    const store = await start(config);
    store.recordQuestion(question({ at: NOW }));
    await logs.waitFor({ event: 'store' }); // "Storage ready"
    await expect
      .poll(
        () =>
          withRaw(config, async (db) => (await db.selectFrom('daily_counts').selectAll().execute()).length),
        {
          timeout: 5_000,
        },
      )
      .toBe(1);
  });

  it('writes a full batch at once, without waiting for the timer', async () => {
    const config = await target.fresh();
    const store = await start(config, { flushIntervalMs: 3_600_000, batchRows: 3 });
    const storedQuestions = () =>
      withRaw(config, async (db) => (await db.selectFrom('questions').selectAll().execute()).length);
    store.recordQuestion(question({ at: NOW }));
    store.recordQuestion(question({ at: NOW }));
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(await storedQuestions()).toBe(0);
    store.recordQuestion(question({ at: NOW }));
    await expect.poll(storedQuestions, { timeout: 5_000 }).toBe(3);
  });
});
