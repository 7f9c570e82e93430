/** The load phases: an open-loop steady rate, and bursts dispatched all at once. */
import type { Sample } from './answer-tap.js';
import { whileRunning, type Contender } from './contender.js';
import { watchThisProcess, type ProcessLoad } from './process-load.js';
import { percentile } from './stats.js';

const DRAIN_TIMEOUT_MS = 20_000;

/** Latency and rate of one steady phase. */
export interface SteadyResult {
  readonly sent: number;
  readonly answered: number;
  /** Answers the fake refused (status ≥ 400). */
  readonly refused: number;
  /** Achieved dispatch rate per second. */
  readonly rate: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  /** How far behind its schedule the latest dispatch went (timer lag in this process). */
  readonly maxLagMs: number;
  /** This (the fake's) process during the phase, dispatch to last answer. */
  readonly fake: ProcessLoad;
}

/** Figures of one burst round. */
export interface BurstResult {
  readonly sent: number;
  readonly answered: number;
  readonly refused: number;
  /** Answers per second: questions / (first dispatch → last answer of any kind). */
  readonly answersPerS: number;
  /** /ask answers per second: /asks / (first dispatch → last /ask answer). */
  readonly askAnswersPerS: number;
  readonly totalMs: number;
  readonly lastAskMs: number;
  /** How long this process took to dispatch the whole burst. */
  readonly dispatchMs: number;
  /** This (the fake's) process from the first dispatch to the last /ask answer. */
  readonly fake: ProcessLoad;
}

function refusedCount(samples: readonly Sample[]): number {
  return samples.filter((s) => (s.call?.response?.status ?? 0) >= 400).length;
}

function latencies(samples: readonly Sample[]): number[] {
  return samples.flatMap((s) => (s.answeredAt === undefined ? [] : [s.answeredAt - s.sentAt]));
}

/**
 * Open loop: question i is dispatched at start + i/rate by a 1 ms timer that catches up on
 * whatever is due, never waiting for answers. Every `mentionEvery`-th question is a mention
 * (0: /ask only). Latency = dispatch → the answer's request read by the fake.
 */
export async function runSteady(
  target: Contender,
  options: { readonly ratePerS: number; readonly seconds: number; readonly mentionEvery?: number },
): Promise<SteadyResult> {
  const total = Math.round(options.ratePerS * options.seconds);
  const intervalMs = 1000 / options.ratePerS;
  const mentionEvery = options.mentionEvery ?? 0;
  const samples: Sample[] = [];
  let maxLagMs = 0;
  const watch = watchThisProcess();
  const start = performance.now();
  await new Promise<void>((resolve) => {
    const tick = (): void => {
      const now = performance.now();
      while (samples.length < total && start + samples.length * intervalMs <= now) {
        maxLagMs = Math.max(maxLagMs, now - (start + samples.length * intervalMs));
        const mention = mentionEvery > 0 && samples.length % mentionEvery === mentionEvery - 1;
        samples.push(target.send(mention ? 'mention' : 'ask'));
      }
      if (samples.length < total) setTimeout(tick, 1);
      else resolve();
    };
    tick();
  });
  const first = samples[0]?.sentAt ?? start;
  const last = samples[samples.length - 1]?.sentAt ?? start;
  await whileRunning(target.bot, target.tap.settled(DRAIN_TIMEOUT_MS));
  const fake = watch();
  const times = latencies(samples);
  return {
    sent: samples.length,
    answered: times.length,
    refused: refusedCount(samples),
    rate: last > first ? ((samples.length - 1) * 1000) / (last - first) : Number.NaN,
    p50Ms: percentile(times, 50),
    p99Ms: percentile(times, 99),
    maxLagMs,
    fake,
  };
}

/** Dispatches `count` repeats of one question in one channel at once; ms until the last is answered. */
export async function runRepeats(target: Contender, count: number, round: number): Promise<RepeatResult> {
  const sends = target.prepareRepeats(count, round);
  const start = performance.now();
  const samples = sends.map((send) => send());
  await whileRunning(target.bot, target.tap.settled(DRAIN_TIMEOUT_MS, 'ask'));
  const answered = samples.filter((s) => s.answeredAt !== undefined);
  return {
    sent: count,
    answered: answered.length,
    refused: refusedCount(samples),
    lastMs: Math.max(...answered.map((s) => s.answeredAt ?? 0)) - start,
  };
}

/** One burst of repeats of one question in one channel. */
export interface RepeatResult {
  readonly sent: number;
  readonly answered: number;
  readonly refused: number;
  /** First dispatch → last answer (a link or the answer). */
  readonly lastMs: number;
}

/** Builds `asks` /ask and `mentions` mention payloads, evenly interleaved, then dispatches them back to back. */
export async function runBurst(
  target: Contender,
  options: { readonly asks: number; readonly mentions: number },
): Promise<BurstResult> {
  const total = options.asks + options.mentions;
  const isMention = (i: number): boolean =>
    Math.floor(((i + 1) * options.mentions) / total) > Math.floor((i * options.mentions) / total);
  const sends = Array.from({ length: total }, (_, i) => target.prepare(isMention(i) ? 'mention' : 'ask'));
  const watch = watchThisProcess();
  const start = performance.now();
  const samples = sends.map((send) => send());
  const dispatchMs = performance.now() - start;
  await whileRunning(target.bot, target.tap.settled(DRAIN_TIMEOUT_MS, 'ask'));
  const fake = watch();
  await whileRunning(target.bot, target.tap.settled(DRAIN_TIMEOUT_MS));
  const answered = samples.filter((s) => s.answeredAt !== undefined);
  const lastAnswer = (kind?: Sample['kind']): number =>
    Math.max(...answered.filter((s) => kind === undefined || s.kind === kind).map((s) => s.answeredAt ?? 0));
  const totalMs = lastAnswer() - start;
  const lastAskMs = lastAnswer('ask') - start;
  const complete = answered.length === total;
  return {
    sent: total,
    answered: answered.length,
    refused: refusedCount(samples),
    // A round with lost answers has no honest rate.
    answersPerS: complete ? (total * 1000) / totalMs : Number.NaN,
    askAnswersPerS: complete ? (options.asks * 1000) / lastAskMs : Number.NaN,
    totalMs,
    lastAskMs,
    dispatchMs,
    fake,
  };
}
