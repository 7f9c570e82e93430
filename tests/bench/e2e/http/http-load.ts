/** The HTTP phases: signed /ask POSTs at a steady open-loop rate, and bursts sent all at once. */
import { Agent, request } from 'node:http';
import type { APIInteraction } from 'discord-api-types/v10';
import type { InteractionSigner } from '../../../support/interactions-http/signer.js';
import { percentile } from '../stats.js';

/**
 * Connections the load keeps open to an endpoint, as a load balancer or Discord's own pool would.
 * Both contenders get the same pool, so its queueing weighs on both alike.
 */
const MAX_SOCKETS = 64;

/** An endpoint under load. */
export interface HttpTarget {
  readonly port: number;
  readonly path: string;
  readonly signer: InteractionSigner;
  /** The next /ask interaction to send. */
  nextAsk(): APIInteraction;
}

/** One request and, once its response has been read, when. */
interface HttpSample {
  readonly sentAt: number;
  answeredAt?: number;
  status?: number;
  failed?: boolean;
}

/** Figures of one steady phase. */
export interface HttpSteadyResult {
  readonly sent: number;
  readonly answered: number;
  /** Responses other than 200 with a message, and requests that failed outright. */
  readonly refused: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
}

/** Figures of one burst. */
export interface HttpBurstResult {
  readonly sent: number;
  readonly answered: number;
  readonly refused: number;
  /** Answers per second: sent / (first request → last response); NaN if any was lost. */
  readonly answersPerS: number;
  readonly totalMs: number;
}

type Send = () => { sample: HttpSample; done: Promise<void> };

/** A keep-alive connection pool to one endpoint. */
export function connectionPool(): Agent {
  return new Agent({ keepAlive: true, maxSockets: MAX_SOCKETS });
}

/** Signs the request ahead of time, so the load's own crypto is not in the measured window. */
function prepare(target: HttpTarget, agent: Agent): Send {
  const body = Buffer.from(JSON.stringify(target.nextAsk()));
  const headers = {
    'content-type': 'application/json',
    'content-length': String(body.length),
    ...target.signer.headers(body),
  };
  return () => {
    const sample: HttpSample = { sentAt: performance.now() };
    const done = new Promise<void>((resolve) => {
      const req = request(
        { host: '127.0.0.1', port: target.port, path: target.path, method: 'POST', headers, agent },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () => {
            sample.answeredAt = performance.now();
            sample.status = res.statusCode;
            // An answer is a 200 whose body is a message (type 4); anything else counts as refused.
            sample.failed = res.statusCode !== 200 || !Buffer.concat(chunks).includes('"type":4');
            resolve();
          });
          res.on('error', () => {
            sample.failed = true;
            resolve();
          });
        },
      );
      req.on('error', () => {
        sample.failed = true;
        resolve();
      });
      req.end(body);
    });
    return { sample, done };
  };
}

const answeredOk = (s: HttpSample): boolean => s.answeredAt !== undefined && s.failed !== true;

/** Open loop: request i goes at start + i/rate from a 1 ms timer that catches up, never waiting for answers. */
export async function runHttpSteady(
  target: HttpTarget,
  agent: Agent,
  options: { readonly ratePerS: number; readonly seconds: number },
): Promise<HttpSteadyResult> {
  const total = Math.round(options.ratePerS * options.seconds);
  const intervalMs = 1000 / options.ratePerS;
  const sends = Array.from({ length: total }, () => prepare(target, agent));
  const pending: Promise<void>[] = [];
  const samples: HttpSample[] = [];
  const start = performance.now();
  await new Promise<void>((resolve) => {
    const tick = (): void => {
      const now = performance.now();
      while (samples.length < total && start + samples.length * intervalMs <= now) {
        const { sample, done } = (sends[samples.length] as Send)();
        samples.push(sample);
        pending.push(done);
      }
      if (samples.length < total) setTimeout(tick, 1);
      else resolve();
    };
    tick();
  });
  await Promise.all(pending);
  const times = samples.filter(answeredOk).map((s) => (s.answeredAt ?? 0) - s.sentAt);
  return {
    sent: total,
    answered: times.length,
    refused: samples.filter((s) => !answeredOk(s)).length,
    p50Ms: percentile(times, 50),
    p99Ms: percentile(times, 99),
  };
}

/** `count` requests, signed ahead, sent back to back. */
export async function runHttpBurst(
  target: HttpTarget,
  agent: Agent,
  count: number,
): Promise<HttpBurstResult> {
  const sends = Array.from({ length: count }, () => prepare(target, agent));
  const start = performance.now();
  const sent = sends.map((send) => send());
  await Promise.all(sent.map((s) => s.done));
  const samples = sent.map((s) => s.sample);
  const answered = samples.filter(answeredOk);
  const totalMs = Math.max(...answered.map((s) => s.answeredAt ?? 0)) - start;
  return {
    sent: count,
    answered: answered.length,
    refused: count - answered.length,
    answersPerS: answered.length === count ? (count * 1000) / totalMs : Number.NaN,
    totalMs,
  };
}
