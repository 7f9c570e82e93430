/**
 * One user's text never costs anyone else's record. Text a database refuses (U+0000 in PostgreSQL,
 * half a surrogate pair) is made storable first, mentions are kept as what they are, not whose; and
 * a row the database still refuses (here a rule the test adds) is dropped alone, its batch kept.
 */
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import type { StoreConfig } from '../../src/config/parse-config.js';
import { openStore, type Store } from '../../src/store/open-store.js';
import { LEVEL, LogCapture } from '../e2e/support/log-capture.js';
import { withRaw } from './support/raw-database.js';
import { question, vote } from './support/records.js';
import { DIALECTS, useStoreTarget, type Dialect } from './support/store-target.js';

const POISON = 'a question this database refuses';

/** Makes the database refuse one question text, as a constraint would: the rule is the test's own. */
function refusePoison(dialect: Dialect, config: StoreConfig): Promise<unknown> {
  return withRaw(config, (db) =>
    dialect === 'sqlite'
      ? sql
          .raw(
            `create trigger refuse_poison before insert on questions when new.question = '${POISON}' ` +
              `begin select raise(abort, 'refused by the test'); end`,
          )
          .execute(db)
      : sql
          .raw(`alter table questions add constraint refuse_poison check (question <> '${POISON}')`)
          .execute(db),
  );
}

describe.each(DIALECTS)('text the %s database would refuse', (dialect) => {
  const target = useStoreTarget(dialect);
  const open: Store[] = [];
  afterEach(async () => {
    await Promise.all(open.splice(0).map((store) => store.close()));
  });

  async function start(config: StoreConfig, logs: LogCapture): Promise<Store> {
    const store = await openStore({ ...config, logger: logs.logger, flushIntervalMs: 3_600_000 });
    open.push(store);
    return store;
  }

  const storedTexts = (config: StoreConfig) =>
    withRaw(config, async (db) =>
      (await db.selectFrom('questions').select('question').execute()).map((row) => row.question).sort(),
    );
  const storeWarnings = (logs: LogCapture) =>
    logs.find({ event: 'store' }).filter((r) => r.level >= LEVEL.warn);

  it('stores a batch holding U+0000, half a surrogate pair and mentions: every row, cleaned', async () => {
    const config = await target.fresh();
    const logs = new LogCapture();
    const store = await start(config, logs);
    const plain = Array.from({ length: 28 }, (_, i) => `What is a GPU? (${i})`);
    const odd = [
      'What is\u0000 a GPU?\u0000',
      'GPU \uD83D?',
      '<@400000000000000321> <@!400000000000000322> ask <@&500000000000000001> in <#600000000000000001>: GPU?',
    ];
    for (const text of [...plain.slice(0, 14), ...odd, ...plain.slice(14)])
      store.recordQuestion(question({ question: text }));
    store.recordVote(vote({ question: 'NUL\u0000 and <@400000000000000321>' }));
    await store.flush();

    expect(store.dropped).toBe(0);
    expect(storeWarnings(logs)).toEqual([]);
    expect(await storedTexts(config)).toEqual(
      [...plain, 'What is a GPU?', 'GPU \uFFFD?', '@user @user ask @role in #channel: GPU?'].sort(),
    );
    const votes = await withRaw(config, (db) => db.selectFrom('votes').select('question').execute());
    expect(votes).toEqual([{ question: 'NUL and @user' }]);
  });

  it('drops only the row the database refuses; the rest of its batch (votes too) is kept, no outage', async () => {
    const config = await target.fresh();
    const logs = new LogCapture();
    const store = await start(config, logs);
    await refusePoison(dialect, config);
    const others = Array.from({ length: 9 }, (_, i) => `What is a GPU? (${i})`);
    for (const text of [...others.slice(0, 4), POISON, ...others.slice(4)])
      store.recordQuestion(question({ question: text, answered: text !== POISON }));
    store.recordVote(vote({ userId: '200000000000000001' }));
    store.recordVote(vote({ userId: '200000000000000002', vote: 'down' }));
    await store.flush();

    expect(store.dropped).toBe(1);
    expect(await storedTexts(config)).toEqual([...others].sort());
    const activity = await store.readActivity({ days: 1 });
    // What is counted is what is kept: the refused (declined) question is not counted either.
    expect(activity.perDay.at(-1)).toMatchObject({ answered: 9, declined: 0 });
    expect(activity.votes).toEqual([{ entryId: 'what-is-gpu', question: 'What is a GPU?', up: 1, down: 1 }]);
    const warnings = storeWarnings(logs);
    expect(warnings.map((r) => [r.msg, r['refused']])).toEqual([
      ['Storage refused rows for their values: those are dropped, the rest of the batch is kept', 1],
    ]);

    // Not an outage: the next batch is written as usual, and nothing says "back".
    store.recordQuestion(question({ question: 'What is a TPU?' }));
    await store.flush();
    expect(await storedTexts(config)).toHaveLength(10);
    expect(logs.find({ msg: 'Storage is back; recording resumes' })).toEqual([]);
    expect(store.dropped).toBe(1);
  });
});
