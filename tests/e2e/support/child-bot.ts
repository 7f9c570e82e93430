/** Runs an entry point (`src/app/main.ts`, `src/app/deploy-commands.ts`) as a child process, as `npm` would. */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from './bot-env.js';
import { parseLogLines, type LogRecord } from './log-capture.js';

/**
 * Variables the config reads, set empty (the config treats empty as unset) so a developer's `.env`
 * cannot leak in. Not SHARD_COUNT/SHARD_LIST: discord.js reads SHARD_COUNT from the environment
 * itself and refuses an empty one (see the ".env.example left empty" test in process.test.ts).
 */
const CONFIG_VARIABLES = [
  'DISCORD_TOKEN',
  'DISCORD_APPLICATION_ID',
  'DISCORD_GUILD_ID',
  'ADMIN_GUILD_ID',
  'DISCORD_API_URL',
  'CONTENT_DIR',
  'LOG_LEVEL',
  'NODE_ENV',
  'COOLDOWN_QUESTIONS',
  'COOLDOWN_SECONDS',
  'SHARDING_MANAGER',
  'STARTUP_TIMEOUT_SECONDS',
  'DISCORD_PUBLIC_KEY',
  'INTERACTIONS_PORT',
  'INTERACTIONS_PATH',
  'STORAGE',
  'DATA_DIR',
  'DATABASE_URL',
  'QUESTION_RETENTION_DAYS',
  'STORE_QUESTIONS',
  'METRICS_PORT',
  'INTERACTIONS_METRICS',
];

export interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export class ChildBot {
  readonly child: ChildProcessWithoutNullStreams;
  readonly #exit: Promise<Exit>;
  #stdout = '';
  #stderr = '';
  /** The records of stdout's complete lines so far, parsed once each (waitForLog reads them on every chunk). */
  readonly #records: LogRecord[] = [];
  #parsedUpTo = 0;
  #exited = false;
  readonly #listeners = new Set<() => void>();

  constructor(file: string, args: readonly string[], env: Record<string, string>) {
    const base: Record<string, string> = Object.fromEntries(CONFIG_VARIABLES.map((name) => [name, '']));
    for (const name of ['PATH', 'HOME', 'TMPDIR', 'SYSTEMROOT']) {
      const value = process.env[name];
      if (value !== undefined) base[name] = value;
    }
    this.child = spawn(file, args, {
      cwd: REPO_ROOT,
      env: { ...base, ...env },
    });
    this.child.stdout.setEncoding('utf8').on('data', (chunk: string) => this.#append('out', chunk));
    this.child.stderr.setEncoding('utf8').on('data', (chunk: string) => this.#append('err', chunk));
    this.#exit = new Promise((resolve) => {
      this.child.once('close', (code, signal) => {
        this.#exited = true;
        resolve({ code, signal });
      });
    });
  }

  get stdout(): string {
    return this.#stdout;
  }

  get stderr(): string {
    return this.#stderr;
  }

  /** The JSON log lines written to stdout so far. */
  logs(): LogRecord[] {
    const end = this.#stdout.lastIndexOf('\n') + 1;
    if (end > this.#parsedUpTo) {
      for (const record of parseLogLines(this.#stdout.slice(this.#parsedUpTo, end)))
        this.#records.push(record);
      this.#parsedUpTo = end;
    }
    return [...this.#records, ...parseLogLines(this.#stdout.slice(end))];
  }

  /**
   * The first log record with these fields, already written or future. The default wait is how long
   * a bot may take to start when three test files share two cores (vitest.config.ts), inside the
   * 30 s test timeout; it bounds a wait for a line, not a figure any test asserts.
   */
  waitForLog(fields: Record<string, unknown>, timeoutMs = 25_000): Promise<LogRecord> {
    const match = (): LogRecord | undefined =>
      this.logs().find((r) => Object.entries(fields).every(([k, v]) => r[k] === v));
    return new Promise((resolve, reject) => {
      const check = (): void => {
        const found = match();
        if (found === undefined && !this.#exited) return;
        clearTimeout(timer);
        this.#listeners.delete(check);
        if (found !== undefined) resolve(found);
        else reject(new Error(`exited without logging ${JSON.stringify(fields)}:\n${this.#output()}`));
      };
      const timer = setTimeout(() => {
        this.#listeners.delete(check);
        reject(new Error(`no log line ${JSON.stringify(fields)} in ${timeoutMs} ms:\n${this.#output()}`));
      }, timeoutMs);
      this.#listeners.add(check);
      void this.#exit.then(check);
      check();
    });
  }

  /** Resolves with how the process ended; rejects if it is still running after `timeoutMs`. */
  exitWithin(timeoutMs: number): Promise<Exit> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`still running after ${timeoutMs} ms:\n${this.#output()}`)),
        timeoutMs,
      );
      void this.#exit.then((exit) => {
        clearTimeout(timer);
        resolve(exit);
      });
    });
  }

  /** Kills the process (only this child) if it is still running, and waits for it. */
  async kill(): Promise<void> {
    if (!this.#exited) this.child.kill('SIGKILL');
    await this.#exit;
  }

  #append(stream: 'out' | 'err', chunk: string): void {
    if (stream === 'out') this.#stdout += chunk;
    else this.#stderr += chunk;
    for (const listener of [...this.#listeners]) listener();
  }

  #output(): string {
    return `--- stdout\n${this.#stdout}--- stderr\n${this.#stderr}`;
  }
}

/**
 * Starts an entry point of the bot in the repository root with only the given environment, as npm
 * runs it: `src/app/main.ts` (npm start), `src/app/http-main.ts`, `src/app/sharded.ts` and
 * `src/app/deploy-commands.ts` run as `node dist/….js`, built once per run by the end-to-end
 * project's global setup (build-dist.ts); a `dist/….js` path runs as given. The CLIs too
 * (`src/cli/review.ts`, with `args`): npm runs them through tsx, which costs each process about a
 * second of CPU to transpile the same sources the build compiled.
 */
export function spawnEntryPoint(
  script: string,
  env: Record<string, string>,
  args: readonly string[] = [],
): ChildBot {
  return new ChildBot(process.execPath, [compiledEntry(script), ...args], env);
}

/** `src/x/y.ts` → `dist/x/y.js` (tsconfig.build.json), relative to the repository root, checked to exist. */
export function compiledEntry(script: string): string {
  const compiled = script.replace(/^src\/(.+)\.ts$/u, 'dist/$1.js');
  if (!compiled.startsWith('dist/'))
    throw new Error(`spawnEntryPoint runs src/….ts or dist/….js entry points, not ${script}`);
  if (!existsSync(join(REPO_ROOT, compiled)))
    throw new Error(
      `${compiled} is missing: the end-to-end project's global setup builds it (npm run build)`,
    );
  return compiled;
}

/** Runs `npm <args>` (e.g. `start`) in the repository root with only the given environment. */
export function spawnNpm(args: readonly string[], env: Record<string, string>): ChildBot {
  return new ChildBot('npm', args, env);
}

/** Whether a process with this pid is running. */
export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** The distinct pids of the processes that logged `event` through this child's stdout (pino logs each pid). */
export function loggedPids(child: ChildBot, event: string): number[] {
  return [...new Set(child.logs().flatMap((r) => (r['event'] === event ? [Number(r['pid'])] : [])))];
}

/**
 * Kills, by pid, the processes that logged one of `events` and still run: the node that npm starts
 * (and its shards) outlive npm's SIGKILL when a test fails before a graceful stop.
 */
export function killLogged(child: ChildBot, events: readonly string[]): void {
  for (const pid of events.flatMap((event) => loggedPids(child, event)))
    if (pid !== child.child.pid && isRunning(pid)) process.kill(pid, 'SIGKILL');
}
