/** A bot under test, run as a child process: output tail, exit, peak RSS, shutdown. */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { collectGarbage } from './collect-garbage.js';

const TAIL_CHARS = 4_000;
const RSS_SAMPLE_MS = 100;
const STOP_GRACE_MS = 8_000;

/** A running bot child process. */
export interface BotProcess {
  readonly name: string;
  readonly pid: number;
  /** Resolves with a description once the process has exited, for whatever reason. */
  readonly exited: Promise<string>;
  /** Peak resident set size in MB: the kernel's VmHWM, or the largest sampled VmRSS without it. */
  peakRssMb(): number;
  /** CPU time (user + system) used so far in ms, at the kernel's 10 ms tick; 0 where /proc is missing. */
  cpuMs(): number;
  /** The last few thousand characters the process wrote to stdout and stderr. */
  tail(): string;
  /** SIGTERM, then SIGKILL after a grace period; resolves once it has exited. */
  stop(): Promise<void>;
}

/** Reads `VmHWM` and `VmRSS` (kB) from /proc; undefined where /proc is missing or the process is gone. */
function readMemory(pid: number): { hwmKb: number; rssKb: number } | undefined {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const field = (name: string) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0);
    return { hwmKb: field('VmHWM'), rssKb: field('VmRSS') };
  } catch {
    return undefined;
  }
}

/** utime + stime from /proc/<pid>/stat, in clock ticks (fields 14 and 15, after the parenthesised name). */
function readCpuTicks(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    return Number(fields[11] ?? 0) + Number(fields[12] ?? 0);
  } catch {
    return 0;
  }
}

/** Spawns `command args` with exactly `env` (nothing inherited) and watches its memory. */
export function spawnBot(
  name: string,
  command: string,
  args: readonly string[],
  env: Record<string, string>,
): BotProcess {
  const child: ChildProcess = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
  const pid = child.pid;
  if (pid === undefined) throw new Error(`${name}: could not spawn ${command}`);
  let output = '';
  const keep = (chunk: Buffer): void => {
    output = (output + chunk.toString('utf8')).slice(-TAIL_CHARS);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);

  let hwmKb = 0;
  let maxRssKb = 0;
  const sample = (): void => {
    const memory = readMemory(pid);
    if (!memory) return;
    hwmKb = Math.max(hwmKb, memory.hwmKb);
    maxRssKb = Math.max(maxRssKb, memory.rssKb);
  };
  const sampler = setInterval(sample, RSS_SAMPLE_MS);
  sampler.unref();

  let running = true;
  const exited = new Promise<string>((resolve) => {
    child.once('error', (error) => {
      running = false;
      resolve(`${name} failed to start: ${error.message}`);
    });
    child.once('exit', (code, signal) => {
      running = false;
      clearInterval(sampler);
      resolve(`${name} exited (${signal ?? `code ${String(code)}`})`);
    });
  });

  return {
    name,
    pid,
    exited,
    peakRssMb() {
      if (running) sample();
      return (hwmKb > 0 ? hwmKb : maxRssKb) / 1024;
    },
    // Linux's USER_HZ is 100 on every common configuration.
    cpuMs: () => readCpuTicks(pid) * 10,
    tail: () => output,
    async stop() {
      if (!running) return;
      sample();
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS);
      await exited;
      clearTimeout(timer);
    },
  };
}

/**
 * Collects this process's garbage, then waits until no bot burns CPU (at most one 10 ms tick in each
 * of two 150 ms windows), at most `maxMs`: a phase should not start while the previous one's GC or
 * stragglers still run, here or in a bot.
 */
export async function waitForQuiet(bots: readonly BotProcess[], maxMs = 2_000): Promise<void> {
  collectGarbage();
  const deadline = performance.now() + maxMs;
  let quietWindows = 0;
  let last = bots.map((bot) => bot.cpuMs());
  while (quietWindows < 2 && performance.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 150));
    const now = bots.map((bot) => bot.cpuMs());
    quietWindows = now.every((ms, i) => ms - (last[i] ?? 0) <= 10) ? quietWindows + 1 : 0;
    last = now;
  }
}
