import type { Kysely } from 'kysely';
import type { Logger } from '../logging/logger.js';
import { describeStoreError } from './describe-store-error.js';
import { pruneAndReclaim } from './prune-old-rows.js';
import { readActivity } from './read-activity.js';
import type {
  Activity,
  ActivityQuery,
  ActivityReader,
  QuestionRecord,
  Recorder,
  VoteRecord,
} from './records.js';
import type { StoreTables } from './store-schema.js';
import { hashVoter } from './voter-key.js';
import { timeOf, writeBatch, type PendingVote } from './write-batch.js';

/** The bot's store: records off the hot path, flushes in batches, reads activity back. */
export interface Store extends Recorder, ActivityReader {
  /** Where the data is, for logs: a file path, or host/port/database (never a password). */
  readonly where: string;
  /** Records dropped so far: the queue was full, the database failed a flush or refused a row, or the store was closed. */
  readonly dropped: number;
  /** Records written so far, and records waiting for the next write (for the metrics). */
  readonly written: number;
  readonly queued: number;
  /** Writes everything recorded so far (one transaction); resolves even when the database fails. */
  flush(): Promise<void>;
  /** Stops the timer, flushes, and closes the database. Later records are dropped (and counted). */
  close(): Promise<void>;
}

/** How the running store behaves; the defaults are the bot's. */
export interface StoreSettings {
  readonly retentionDays: number;
  readonly storeQuestions: boolean;
  readonly logger: Logger;
  /** How often the queue is written. Default 1 s. */
  readonly flushIntervalMs?: number;
  /** Queued questions that make a batch: written at once rather than at the next tick. Default 100. */
  readonly batchRows?: number;
  /** Records held between flushes; past it new ones are dropped (and counted). Default 50,000. */
  readonly queueLimit?: number;
  /** Clock for retention pruning (epoch ms). */
  readonly now?: () => number;
}

/** An opened, migrated database and what the store needs of it. */
export interface StoreDatabase {
  readonly db: Kysely<StoreTables>;
  readonly where: string;
  readonly redact: (text: string) => string;
  readonly voterKey: Buffer;
  /** Throws when what is written would not be kept (the SQLite file was deleted): checked every flush. */
  readonly checkFile?: () => void;
  /** After a prune that deleted rows: removes their text from the database's files. */
  readonly reclaim: () => Promise<void>;
}

const PRUNE_EVERY_MS = 86_400_000;

/**
 * The store over an opened database. recordQuestion/recordVote only push onto a bounded queue; a
 * timer (unref'd) writes it every second. A failed flush drops its batch and counts it, warns once
 * per outage, and the next flush tries again, so answering never waits for or breaks on the database.
 */
export function createStore(database: StoreDatabase, settings: StoreSettings): Store {
  const { db, where, redact, voterKey } = database;
  const { logger, storeQuestions } = settings;
  const limit = settings.queueLimit ?? 50_000;
  const now = settings.now ?? Date.now;
  let questions: QuestionRecord[] = [];
  let votes: PendingVote[] = [];
  let dropped = 0;
  let written = 0;
  let droppedUnreported = 0;
  let outage = false;
  let closed = false;
  let writing = false;
  let lastPrune = now();
  let tail: Promise<void> = Promise.resolve();

  const drop = (count: number) => {
    dropped += count;
    droppedUnreported += count;
  };

  async function writePending(): Promise<void> {
    writing = true;
    // An empty queue proves nothing about the database: it neither ends an outage nor starts one.
    if (questions.length + votes.length > 0) await writeQueued();
    if (!outage && now() - lastPrune >= PRUNE_EVERY_MS) await pruneDaily();
    writing = false;
  }

  async function writeQueued(): Promise<void> {
    const batch = { questions, votes };
    questions = [];
    votes = [];
    try {
      database.checkFile?.();
      const refused = await writeBatch(db, batch, storeQuestions);
      if (refused.count > 0) {
        // Counted, and said here: not an outage, and not the queue being full.
        dropped += refused.count;
        logger.warn(
          { event: 'store', where, refused: refused.count, error: redact(describeStoreError(refused.error)) },
          'Storage refused rows for their values: those are dropped, the rest of the batch is kept',
        );
      }
      written += batch.questions.length + batch.votes.length - refused.count;
      if (outage) {
        outage = false;
        logger.info(
          { event: 'store', where, dropped: droppedUnreported },
          'Storage is back; recording resumes',
        );
        droppedUnreported = 0;
      }
    } catch (error) {
      drop(batch.questions.length + batch.votes.length);
      if (!outage) {
        outage = true;
        logger.warn(
          { event: 'store', where, error: redact(describeStoreError(error)) },
          'Storage failed: recording is dropped (and counted) until it is back',
        );
      }
    }
    if (!outage && droppedUnreported > 0) {
      logger.warn({ event: 'store', dropped: droppedUnreported }, 'Storage queue was full: records dropped');
      droppedUnreported = 0;
    }
  }

  async function pruneDaily(): Promise<void> {
    lastPrune = now();
    try {
      const pruned = await pruneAndReclaim(db, { ...settings, redact }, lastPrune, database.reclaim);
      logger.info({ event: 'store', ...pruned }, 'Pruned rows past the retention period');
    } catch (error) {
      logger.warn(
        { event: 'store', error: redact(describeStoreError(error)) },
        'Pruning failed; it runs again tomorrow',
      );
    }
  }

  // Flushes run one after another; each writes what was queued when it starts.
  const flush = (): Promise<void> => (tail = tail.then(writePending));
  const timer = setInterval(() => {
    if (!writing) void flush();
  }, settings.flushIntervalMs ?? 1_000);
  timer.unref();
  // Under load a batch is written as soon as it is full, not a second's worth at once: SQLite writes
  // on the answering thread, and a small batch holds it for a fraction of a millisecond (a second's
  // worth at 500 questions/s held it for 2 ms), and its records are let go before they age in memory.
  const batchRows = settings.batchRows ?? 100;
  let soon: NodeJS.Immediate | undefined;
  const flushSoon = () => {
    soon = undefined;
    if (!writing && !closed) void flush();
  };

  const queued = () => questions.length + votes.length;

  return {
    where,
    get dropped() {
      return dropped;
    },
    get written() {
      return written;
    },
    get queued() {
      return queued();
    },
    recordQuestion(record) {
      if (closed || queued() >= limit) drop(1);
      else if (questions.push(record) >= batchRows && soon === undefined && !writing)
        soon = setImmediate(flushSoon);
    },
    recordVote(record: VoteRecord) {
      // Votes carry the question text and a voter hash: kept only while STORE_QUESTIONS is on.
      if (!storeQuestions) return;
      if (closed || queued() >= limit) {
        drop(1);
        return;
      }
      votes.push({
        voter: hashVoter(voterKey, record.userId, record.messageId),
        at: timeOf(record.at),
        guildId: record.guildId,
        entryId: record.entryId,
        question: record.question,
        vote: record.vote,
      });
    },
    flush,
    async readActivity(query: ActivityQuery): Promise<Activity> {
      // What was recorded up to now counts too, not only what the timer has written.
      await flush();
      return readActivity(db, query);
    },
    async close() {
      if (closed) return;
      closed = true;
      clearInterval(timer);
      if (soon !== undefined) clearImmediate(soon);
      await flush();
      await db.destroy().catch(() => undefined);
    },
  };
}
