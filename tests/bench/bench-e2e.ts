// `npm run bench:e2e [-- --json] [-- --cpu-prof] [-- --quick] [-- --only gateway|http]`: load on the real bot, started as
// `npm start` starts it (`npm run build`, then package.json's `node dist/app/main.js` as a child
// process), against the fake Discord in this process, next to a minimal discord.js baseline bot
// (tests/bench/baseline-bot.ts, compiled to plain JS so both run under bare node). Both bots stay
// up, each logged in to its own fake; phases alternate between them so machine noise hits both.
// Prints figures and asserts nothing. Why the burst figure counts /ask answers: e2e/report.ts.
// Ours stores questions as deployed by default (SQLite, in a temp DATA_DIR); a third bot, ours with
// STORAGE=off, joins the burst rounds for `recording_burst_ratio` (storing over not storing).
// Then the same for the HTTP interactions endpoint (`npm run start:http`'s node command) against a
// fixed-string node:http server that verifies signatures (tests/bench/http-baseline-server.ts): signed
// /ask POSTs at 500/s and in bursts of 1,500 (e2e/http/), the `http` object of the JSON line.
// BENCH_NODE_FLAGS adds node flags to every bot, for investigating (e.g. an --import that logs GC pauses);
// it is split on whitespace, so no flag may contain a space.
import { waitForQuiet, type BotProcess } from './e2e/bot-process.js';
import {
  BASELINE_ENTRY,
  HTTP_BASELINE_ENTRY,
  buildBaselineBot,
  buildHttpBaseline,
  buildOurBot,
  ourStartArgs,
} from './e2e/build-bots.js';
import { startContender, stopContender, type Contender } from './e2e/contender.js';
import {
  runBurst,
  runRepeats,
  runSteady,
  type BurstResult,
  type RepeatResult,
  type SteadyResult,
} from './e2e/phases.js';
import { jsonLine, readableReport, recordingBurstRatio, summarize, type BotRuns } from './e2e/report.js';
import { readEvalQuestions } from './e2e/workload.js';
import { httpReport, httpSection, measureHttp, type HttpPlan } from './e2e/http/http-bench.js';

const argv = process.argv.slice(2);
const args = new Set(argv);
/** --only gateway / --only http: one half of the run, for working on it; figures are compared within a run anyway. */
const only = argv[argv.indexOf('--only') + 1];
const runGateway = !args.has('--only') || only === 'gateway';
const runHttp = !args.has('--only') || only === 'http';
const json = args.has('--json');
/** Writes <label>.cpuprofile of each bot into a fresh folder under /tmp. */
const cpuProfDir = args.has('--cpu-prof') ? `/tmp/bench-e2e-profiles-${Date.now()}` : undefined;

/** --quick: one short run of each phase, for trying the script out; not for figures. */
const quick = args.has('--quick');
const PLAN = {
  ratePerS: 500,
  warmupSeconds: 2,
  /**
   * Runs per bot, alternating baseline, ours, baseline, …; the figure is their median, so one run
   * hit by the machine's noise (a stall in either process) does not decide it.
   */
  steadyRuns: quick ? 1 : 3,
  steadySeconds: quick ? 3 : 10,
  /** Rounds per bot, alternating. */
  burstRounds: quick ? 1 : 5,
  burst: { asks: 1_500, mentions: 500 },
  /** Rounds per bot of `repeats` /ask of one question in one channel, all at once. */
  repeatRounds: quick ? 1 : 3,
  repeats: 200,
};
const HTTP_PLAN: HttpPlan = {
  ratePerS: 500,
  warmupSeconds: 2,
  steadyRuns: quick ? 1 : 3,
  steadySeconds: quick ? 3 : 10,
  burstRounds: quick ? 1 : 5,
  burst: 1_500,
};
/** The gateway half (three bots) must end well inside six minutes, the HTTP half (about a minute) well inside two more. */
const DEADLINE_MS = (runGateway ? 330_000 : 0) + (runHttp ? 120_000 : 0);

const progress = (line: string): void => void process.stderr.write(`[bench:e2e] ${line}\n`);
const spawned: BotProcess[] = [];
const started: Contender[] = [];

function killSpawned(): void {
  for (const bot of spawned) {
    try {
      process.kill(bot.pid, 'SIGKILL');
    } catch {
      // Already gone.
    }
  }
}

// Unref'd: it never keeps the process alive, but fires if anything else does for too long.
const deadline = setTimeout(() => {
  progress(`deadline of ${DEADLINE_MS / 1000} s reached; killing the bots`);
  killSpawned();
  process.exit(2);
}, DEADLINE_MS);
deadline.unref();
process.once('SIGINT', () => {
  killSpawned();
  process.exit(130);
});

/** BENCH_NODE_FLAGS: more node flags for every bot (e.g. `--import=./gc-log.mjs`), for investigating. */
const extraNodeFlags = (process.env.BENCH_NODE_FLAGS ?? '').split(/\s+/).filter(Boolean);
const nodeFlagsFor = (label: string): string[] => [
  ...(cpuProfDir
    ? ['--cpu-prof', `--cpu-prof-dir=${cpuProfDir}`, `--cpu-prof-name=${label}.cpuprofile`]
    : []),
  ...extraNodeFlags,
];

async function start(
  label: string,
  args: readonly string[],
  questions: readonly string[],
  env?: Readonly<Record<string, string>>,
): Promise<Contender> {
  const nodeFlags = nodeFlagsFor(label);
  const contender = await startContender({
    label,
    args,
    questions,
    nodeFlags,
    onSpawn: (bot) => spawned.push(bot),
    ...(env ? { env } : {}),
  });
  started.push(contender);
  progress(`${label} is answering (pid ${contender.bot.pid})`);
  return contender;
}

async function measure(
  questions: readonly string[],
): Promise<{ ours: BotRuns; baseline: BotRuns; unstored: BurstResult[] }> {
  const baseline = await start('baseline', [BASELINE_ENTRY], questions);
  // Ours as deployed by default: storing questions in SQLite (a temp DATA_DIR).
  const ours = await start('ours', await ourStartArgs(), questions);
  // The same bot keeping nothing, for recording_burst_ratio: it joins the burst rounds only.
  const unstored = await start('ours-unstored', await ourStartArgs(), questions, { STORAGE: 'off' });
  const pair = [baseline, ours] as const;
  const all = [baseline, ours, unstored] as const;
  // The bots stay up; before each phase, let the previous one's GC and stragglers finish.
  const settle = (): Promise<void> => waitForQuiet(all.map((bot) => bot.bot));

  for (const bot of all) {
    progress(`warm-up: ${bot.label}`);
    await runSteady(bot, { ratePerS: PLAN.ratePerS, seconds: PLAN.warmupSeconds, mentionEvery: 25 });
    await runBurst(bot, { asks: PLAN.burst.asks, mentions: 0 });
    await settle();
  }

  const steady = new Map<Contender, SteadyResult[]>(pair.map((bot) => [bot, []]));
  for (let run = 1; run <= PLAN.steadyRuns; run++) {
    for (const bot of pair) {
      progress(
        `steady ${run}/${PLAN.steadyRuns}: ${bot.label}, ${PLAN.ratePerS}/s for ${PLAN.steadySeconds} s`,
      );
      steady.get(bot)?.push(await runSteady(bot, { ratePerS: PLAN.ratePerS, seconds: PLAN.steadySeconds }));
      await settle();
    }
  }

  const bursts = new Map<Contender, BurstResult[]>(all.map((bot) => [bot, []]));
  for (let round = 1; round <= PLAN.burstRounds; round++) {
    for (const bot of all) {
      progress(`burst ${round}/${PLAN.burstRounds}: ${bot.label}`);
      // The last round's mention replies drip out for ~9 s (see report.ts), longer than undici's 4 s
      // keep-alive: re-open the bot's connection pool first, unmeasured, so the round is warm.
      await runBurst(bot, { asks: PLAN.burst.asks, mentions: 0 });
      await settle();
      bursts.get(bot)?.push(await runBurst(bot, PLAN.burst));
      await settle();
    }
  }

  const repeats = new Map<Contender, RepeatResult[]>(pair.map((bot) => [bot, []]));
  for (let round = 1; round <= PLAN.repeatRounds; round++) {
    for (const bot of pair) {
      progress(
        `${PLAN.repeats} repeats of one question in one channel ${round}/${PLAN.repeatRounds}: ${bot.label}`,
      );
      repeats.get(bot)?.push(await runRepeats(bot, PLAN.repeats, round));
      await settle();
    }
  }

  const runsOf = (bot: Contender): BotRuns => ({
    steady: steady.get(bot) ?? [],
    bursts: bursts.get(bot) ?? [],
    repeats: repeats.get(bot) ?? [],
    peakRssMb: bot.bot.peakRssMb(),
    recorded: { restCalls: bot.fake.mark().rest, gatewayFrames: bot.fake.mark().gateway },
  });
  return { ours: runsOf(ours), baseline: runsOf(baseline), unstored: bursts.get(unstored) ?? [] };
}

try {
  progress('npm run build, and compiling the baseline bot and server');
  await Promise.all([buildOurBot(), buildBaselineBot(), buildHttpBaseline()]);
  const questions = readEvalQuestions();
  const runs = runGateway ? await measure(questions) : undefined;
  // The gateway bots are stopped first, so the HTTP phases have the machine to themselves.
  await Promise.allSettled(started.map(stopContender));
  const http = runHttp
    ? await measureHttp(HTTP_PLAN, {
        ours: await ourStartArgs('start:http'),
        baseline: [HTTP_BASELINE_ENTRY],
        questions,
        nodeFlags: nodeFlagsFor,
        onSpawn: (bot) => spawned.push(bot),
        progress,
      })
    : undefined;
  if (json) {
    const section = http ? httpSection(http) : undefined;
    console.log(
      runs
        ? jsonLine(
            summarize(runs.ours),
            summarize(runs.baseline),
            recordingBurstRatio(runs.ours, runs.unstored),
            section,
          )
        : JSON.stringify({ http: section }),
    );
  } else {
    if (runs) console.log(readableReport(runs, PLAN.burst, process.memoryUsage().heapUsed / 1e6));
    if (http) console.log(`${runs ? '\n' : ''}${httpReport(http, HTTP_PLAN)}`);
    if (cpuProfDir) console.log(`\nCPU profiles (written as the bots exit): ${cpuProfDir}`);
  }
} catch (error) {
  progress(`failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  for (const bot of spawned) progress(`last output of ${bot.name}:\n${bot.tail()}`);
  process.exitCode = 1;
} finally {
  await Promise.allSettled(started.map(stopContender));
  clearTimeout(deadline);
}
