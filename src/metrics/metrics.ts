import { Counter, Gauge, Histogram, Registry } from 'prom-client';
import { QUESTION_VIAS, type QuestionVia } from '../store/records.js';
import { processMetrics } from './process-metrics.js';

/** Every metric of ours starts with this (the process's default metrics keep their usual names). */
export const METRIC_PREFIX = 'qa_bot_';

/**
 * What became of a question that reached the question flow: answered or declined (and sent), pointed
 * at an earlier answer in the channel, refused by the per-user cooldown, a blank mention (shown the
 * help), or a related-question button whose entry a reload removed.
 */
export const QUESTION_OUTCOMES = [
  'answered',
  'declined',
  'linked',
  'cooldown',
  'blank',
  'unknown_entry',
] as const;
export type QuestionOutcome = (typeof QUESTION_OUTCOMES)[number];

/** What the store says about itself, read at each scrape (the store's own running totals). */
export interface StoreCounts {
  /** Records waiting for the next write. */
  readonly queued: number;
  /** Records written so far. */
  readonly written: number;
  /** Records dropped so far (queue full, database down, or after close). */
  readonly dropped: number;
}

/** One gateway connection's last heartbeat round trip (discord.js: -1 before the first). */
export interface ShardPing {
  readonly shard: number;
  readonly pingMs: number;
}

/** Seconds an answer took, from the flow's start to Discord having it: 1 ms to 10 s (Discord waits 3 s). */
const ANSWER_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/** One serving process's metrics: what the flow, the buttons and the wiring record, and the scrape. */
export interface Metrics {
  /** One question through the flow, and how it ended. */
  question(via: QuestionVia, outcome: QuestionOutcome): void;
  /** An answer or a decline was sent, `seconds` after the flow began. */
  answerTime(via: QuestionVia, seconds: number): void;
  /** A 👍 or 👎 press. */
  vote(vote: 'up' | 'down'): void;
  /** A content reload, and whether it swapped the new content in. */
  reload(ok: boolean): void;
  /** The store whose queue and totals are reported (none: zeros). */
  readStoreFrom(store: StoreCounts): void;
  /** The gateway connections whose ping is reported (none: no series). */
  readGatewayFrom(pings: () => readonly ShardPing[]): void;
  /** The Prometheus text format: these metrics and the process's. */
  scrape(): Promise<string>;
  /** The Content-Type of scrape()'s text. */
  readonly contentType: string;
}

/**
 * A fresh set of the bot's metrics in its own registry: one per serving process (tests that start
 * several bots in one process read each one's own). Every label value comes from a fixed list
 * (QUESTION_VIAS, QUESTION_OUTCOMES, up/down, shard ids), never from users, guilds or question text.
 */
export function createMetrics(): Metrics {
  const registry = new Registry();
  const registers = [registry];
  let store: StoreCounts | undefined;
  let pings: () => readonly ShardPing[] = () => [];

  const questions = new Counter({
    name: `${METRIC_PREFIX}questions_total`,
    help: 'Questions that reached the question flow, by way in and outcome.',
    labelNames: ['via', 'outcome'] as const,
    registers,
  });
  const answerSeconds = new Histogram({
    name: `${METRIC_PREFIX}answer_duration_seconds`,
    help: 'Time from taking a question to Discord having its answer (or decline), by way in.',
    labelNames: ['via'] as const,
    buckets: ANSWER_BUCKETS,
    registers,
  });
  const votes = new Counter({
    name: `${METRIC_PREFIX}feedback_votes_total`,
    help: 'Presses of the answer buttons 👍 (up) and 👎 (down).',
    labelNames: ['vote'] as const,
    registers,
  });
  const reloads = new Counter({
    name: `${METRIC_PREFIX}content_reloads_total`,
    help: 'Content reloads (/reload or SIGHUP), successful or not.',
    registers,
  });
  const failedReloads = new Counter({
    name: `${METRIC_PREFIX}content_reload_failures_total`,
    help: 'Content reloads that failed; the previous content kept serving.',
    registers,
  });
  new Gauge({
    name: `${METRIC_PREFIX}store_queued_records`,
    help: 'Questions and votes waiting in the store queue for the next write.',
    registers,
    collect() {
      this.set(store?.queued ?? 0);
    },
  });
  // The store keeps the running totals; each scrape copies them (a counter cannot be set directly).
  const storeTotal = (name: string, help: string, read: (counts: StoreCounts) => number) =>
    new Counter({
      name: `${METRIC_PREFIX}${name}`,
      help,
      registers,
      collect() {
        this.reset();
        this.inc(store === undefined ? 0 : read(store));
      },
    });
  storeTotal('store_records_written_total', 'Questions and votes written to the store.', (c) => c.written);
  storeTotal(
    'store_records_dropped_total',
    'Questions and votes the store dropped: queue full, database unavailable, or after close.',
    (c) => c.dropped,
  );
  new Gauge({
    name: `${METRIC_PREFIX}gateway_ping_seconds`,
    help: "The gateway connection's last heartbeat round trip, by shard (absent before the first).",
    labelNames: ['shard'] as const,
    registers,
    collect() {
      this.reset();
      for (const { shard, pingMs } of pings())
        if (pingMs >= 0) this.set({ shard: String(shard) }, pingMs / 1000);
    },
  });

  // Every series exists from the start at zero, so rate() and increase() see the first question.
  for (const via of QUESTION_VIAS) {
    for (const outcome of QUESTION_OUTCOMES) questions.inc({ via, outcome }, 0);
    answerSeconds.zero({ via });
  }
  for (const vote of ['up', 'down'] as const) votes.inc({ vote }, 0);

  return {
    question: (via, outcome) => questions.inc({ via, outcome }),
    answerTime: (via, seconds) => answerSeconds.observe({ via }, seconds),
    vote: (vote) => votes.inc({ vote }),
    reload(ok) {
      reloads.inc();
      if (!ok) failedReloads.inc();
    },
    readStoreFrom(counts) {
      store = counts;
    },
    readGatewayFrom(read) {
      pings = read;
    },
    async scrape() {
      const [own, proc] = await Promise.all([registry.metrics(), processMetrics().metrics()]);
      return `${own}\n${proc}`;
    },
    contentType: registry.contentType,
  };
}
