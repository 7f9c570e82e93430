/**
 * The `http` section of bench:e2e: our endpoint (`npm run start:http`'s node command) next to the
 * fixed-string baseline server, each with its own keep-alive pool, phases alternating between them.
 */
import { waitForQuiet, type BotProcess } from '../bot-process.js';
import { whileRunning } from '../contender.js';
import { median } from '../stats.js';
import { startHttpContender, stopHttpContender, type HttpContender } from './http-contender.js';
import {
  connectionPool,
  runHttpBurst,
  runHttpSteady,
  type HttpBurstResult,
  type HttpSteadyResult,
} from './http-load.js';

/** How much load, how often. */
export interface HttpPlan {
  readonly ratePerS: number;
  readonly warmupSeconds: number;
  readonly steadyRuns: number;
  readonly steadySeconds: number;
  readonly burstRounds: number;
  readonly burst: number;
}

/** Everything measured for one endpoint. */
export interface HttpRuns {
  readonly steady: readonly HttpSteadyResult[];
  readonly bursts: readonly HttpBurstResult[];
  readonly peakRssMb: number;
}

/** What each contender is started with. */
export interface HttpStarts {
  readonly ours: readonly string[];
  readonly baseline: readonly string[];
  readonly questions: readonly string[];
  readonly nodeFlags: (label: string) => readonly string[];
  readonly onSpawn: (bot: BotProcess) => void;
  readonly progress: (line: string) => void;
}

/** Starts both endpoints, runs the plan alternating between them, stops both. */
export async function measureHttp(
  plan: HttpPlan,
  starts: HttpStarts,
): Promise<{ ours: HttpRuns; baseline: HttpRuns }> {
  const started: HttpContender[] = [];
  const start = async (label: string, args: readonly string[]): Promise<HttpContender> => {
    const contender = await startHttpContender({
      label,
      args,
      questions: starts.questions,
      nodeFlags: starts.nodeFlags(label),
      onSpawn: starts.onSpawn,
    });
    started.push(contender);
    starts.progress(`${label} is answering over HTTP (pid ${contender.bot.pid}, port ${contender.port})`);
    return contender;
  };
  try {
    const baseline = await start('http-baseline', starts.baseline);
    const ours = await start('http-ours', starts.ours);
    const pair = [baseline, ours] as const;
    const pools = new Map(pair.map((c) => [c, connectionPool()]));
    const pool = (c: HttpContender) => pools.get(c) ?? connectionPool();
    const settle = (): Promise<void> => waitForQuiet(pair.map((c) => c.bot));

    for (const c of pair) {
      starts.progress(`http warm-up: ${c.label}`);
      await whileRunning(
        c.bot,
        runHttpSteady(c, pool(c), { ratePerS: plan.ratePerS, seconds: plan.warmupSeconds }),
      );
      await whileRunning(c.bot, runHttpBurst(c, pool(c), plan.burst));
      await settle();
    }
    const steady = new Map<HttpContender, HttpSteadyResult[]>(pair.map((c) => [c, []]));
    for (let run = 1; run <= plan.steadyRuns; run++) {
      for (const c of pair) {
        starts.progress(
          `http steady ${run}/${plan.steadyRuns}: ${c.label}, ${plan.ratePerS}/s for ${plan.steadySeconds} s`,
        );
        const result = await whileRunning(
          c.bot,
          runHttpSteady(c, pool(c), { ratePerS: plan.ratePerS, seconds: plan.steadySeconds }),
        );
        steady.get(c)?.push(result);
        await settle();
      }
    }
    const bursts = new Map<HttpContender, HttpBurstResult[]>(pair.map((c) => [c, []]));
    for (let round = 1; round <= plan.burstRounds; round++) {
      for (const c of pair) {
        starts.progress(`http burst ${round}/${plan.burstRounds}: ${c.label}, ${plan.burst} /ask`);
        bursts.get(c)?.push(await whileRunning(c.bot, runHttpBurst(c, pool(c), plan.burst)));
        await settle();
      }
    }
    for (const agent of pools.values()) agent.destroy();
    const runsOf = (c: HttpContender): HttpRuns => ({
      steady: steady.get(c) ?? [],
      bursts: bursts.get(c) ?? [],
      peakRssMb: c.bot.peakRssMb(),
    });
    return { ours: runsOf(ours), baseline: runsOf(baseline) };
  } finally {
    await Promise.allSettled(started.map(stopHttpContender));
  }
}

/** The `http` object of the JSON line (medians over runs and rounds; NaN, a lost answer, becomes null). */
export function httpSection(runs: { ours: HttpRuns; baseline: HttpRuns }): Record<string, number | null> {
  const figure = (value: number, digits: number): number | null =>
    Number.isFinite(value) ? Math.round(value * 10 ** digits) / 10 ** digits : null;
  const burst = (r: HttpRuns) => median(r.bursts.map((b) => b.answersPerS));
  const p = (r: HttpRuns, key: 'p50Ms' | 'p99Ms') => median(r.steady.map((s) => s[key]));
  return {
    burst_answers_per_s: figure(burst(runs.ours), 0),
    baseline_burst_answers_per_s: figure(burst(runs.baseline), 0),
    p50_ms: figure(p(runs.ours, 'p50Ms'), 2),
    p99_ms: figure(p(runs.ours, 'p99Ms'), 2),
    baseline_p99_ms: figure(p(runs.baseline, 'p99Ms'), 2),
    peak_rss_mb: figure(runs.ours.peakRssMb, 1),
  };
}

const fmt = (value: number, digits = 1): string => (Number.isFinite(value) ? value.toFixed(digits) : 'n/a');

/** The readable report of the HTTP phases, with the ratios against the bars. */
export function httpReport(runs: { ours: HttpRuns; baseline: HttpRuns }, plan: HttpPlan): string {
  const lines: string[] = [`http: signed /ask at ${plan.ratePerS}/s, open loop (each run):`];
  const label = (name: string) => name.padEnd(9);
  for (const [name, r] of [
    ['baseline', runs.baseline],
    ['ours', runs.ours],
  ] as const)
    for (const s of r.steady)
      lines.push(
        `  ${label(name)} ${String(s.answered).padStart(5)}/${s.sent}  p50 ${fmt(s.p50Ms, 2)} ms  p99 ${fmt(s.p99Ms, 2)} ms  refused ${s.refused}`,
      );
  lines.push(`http: bursts of ${plan.burst} signed /ask:`);
  for (const [name, r] of [
    ['baseline', runs.baseline],
    ['ours', runs.ours],
  ] as const)
    for (const b of r.bursts)
      lines.push(
        `  ${label(name)} ${String(b.answered).padStart(4)}/${b.sent}  ${fmt(b.totalMs, 0).padStart(5)} ms = ${fmt(b.answersPerS, 0).padStart(5)}/s  refused ${b.refused}`,
      );
  const section = httpSection(runs);
  const num = (v: number | null | undefined) => v ?? Number.NaN;
  const burstRatio = num(section.burst_answers_per_s) / num(section.baseline_burst_answers_per_s);
  const p99Ratio = num(section.p99_ms) / num(section.baseline_p99_ms);
  lines.push(
    `http medians: burst ${fmt(num(section.baseline_burst_answers_per_s), 0)} vs ${fmt(num(section.burst_answers_per_s), 0)} /s ` +
      `(baseline vs ours), p99 ${fmt(num(section.baseline_p99_ms), 2)} vs ${fmt(num(section.p99_ms), 2)} ms, ` +
      `ours p50 ${fmt(num(section.p50_ms), 2)} ms, peak RSS ${fmt(num(section.peak_rss_mb))} MB (ours) / ${fmt(runs.baseline.peakRssMb)} MB`,
  );
  lines.push(
    `http ratios ours/baseline: burst ${fmt(burstRatio, 2)} (target ≥ 0.8: ${burstRatio >= 0.8 ? 'met' : 'MISSED'}), ` +
      `p99 ${fmt(p99Ratio, 2)} (target ≤ 1.5: ${p99Ratio <= 1.5 ? 'met' : 'MISSED'})`,
  );
  return lines.join('\n');
}
