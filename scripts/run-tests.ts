// `npm test`: the checks and the whole vitest suite, keeping both cores busy. `typecheck` and ESLint
// (type-aware: the longest check) run in one process on one set of TypeScript programs
// (scripts/typecheck-and-lint.ts: each file parsed and checked once, not once per command), beside
// Prettier and validate-content. Vitest starts as soon as the typecheck has passed (it builds dist/,
// which the end-to-end project's global setup would otherwise build at the same time), while ESLint
// is still running: the checks leave no core idle at their end. Each check's output is held and
// printed whole when it ends, so it does not interleave with vitest's. Exits 1 if anything failed,
// after everything has ended; vitest does not start if the typecheck fails. Prettier and
// validate-content run their package.json scripts as npm would (`sh -c`, node_modules/.bin on the
// PATH) but without starting npm itself, about 0.5 s of CPU each.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';

const ROOT = join(import.meta.dirname, '..');
const BIN = join(ROOT, 'node_modules', '.bin');
const SCRIPTS = (
  JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }
).scripts;

interface Outcome {
  readonly name: string;
  readonly ok: boolean;
}

interface RunOptions {
  /** Output passed through as it comes, not held. */
  readonly live?: boolean;
  /** Gets the IPC messages of a node child (given one, the child has an IPC channel). */
  readonly onMessage?: (message: unknown) => void;
}

const secondsSince = (started: number): string => ((Date.now() - started) / 1000).toFixed(1);

/** Runs a command, its output held and printed whole when it ends, or passed through as it comes (`live`). */
function run(
  name: string,
  command: string,
  args: readonly string[],
  options: RunOptions = {},
): Promise<Outcome> {
  const { live = false, onMessage } = options;
  const started = Date.now();
  return new Promise((resolve) => {
    const output = live ? 'inherit' : 'pipe';
    const child = spawn(command, args, {
      cwd: ROOT,
      env: { ...process.env, PATH: [BIN, process.env['PATH']].join(delimiter) },
      stdio: onMessage ? ['ignore', output, output, 'ipc'] : ['ignore', output, output],
    });
    if (onMessage) child.on('message', onMessage);
    const chunks: Buffer[] = [];
    child.stdout?.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.stderr?.on('data', (chunk: Buffer) => chunks.push(chunk));
    let ended = false;
    const finish = (ok: boolean, note = ''): void => {
      // 'close' can follow 'error'.
      if (ended) return;
      ended = true;
      process.stdout.write(`\n> ${name}: ${ok ? 'ok' : 'FAILED'} (${secondsSince(started)} s)${note}\n`);
      process.stdout.write(Buffer.concat(chunks));
      resolve({ name, ok });
    };
    child.once('error', (error) => finish(false, `: ${error.message}`));
    child.once('close', (code) => finish(code === 0));
  });
}

/** `npm run <script>`, run as npm runs it (in the repository root, its bin folder first on the PATH). */
function npmRun(script: string): Promise<Outcome> {
  const command = SCRIPTS[script];
  if (command === undefined) return Promise.resolve({ name: `npm run ${script}`, ok: false });
  return run(`npm run ${script}`, 'sh', ['-c', command]);
}

/** `typecheck` and `lint:code` in one process; `typechecked` settles when the typecheck has passed or failed. */
function typecheckAndLint(): { typechecked: Promise<boolean>; outcome: Promise<Outcome> } {
  const started = Date.now();
  let settle: (ok: boolean) => void = () => undefined;
  const typechecked = new Promise<boolean>((resolve) => (settle = resolve));
  const onMessage = (message: unknown): void => {
    if (typeof message !== 'object' || message === null || !('typecheck' in message)) return;
    const ok = message.typecheck === true;
    process.stdout.write(`\n> typecheck: ${ok ? 'ok' : 'FAILED'} (${secondsSince(started)} s)\n`);
    settle(ok);
  };
  const script = join('scripts', 'typecheck-and-lint.ts');
  const outcome = run('typecheck and lint:code', process.execPath, ['--import', 'tsx', script], {
    onMessage,
  }).then((ended) => {
    // Ended without a word on the typecheck: it did not pass.
    settle(false);
    return ended;
  });
  return { typechecked, outcome };
}

const code = typecheckAndLint();
const checks = [code.outcome, ...['lint:format', 'validate-content'].map(npmRun)];
const suite = code.typechecked.then(async (ok) =>
  ok ? [await run('vitest run', 'vitest', ['run'], { live: true })] : [],
);
const outcomes = [...(await Promise.all(checks)), ...(await suite)];
const failed = outcomes.filter((outcome) => !outcome.ok).map((outcome) => outcome.name);
if (failed.length > 0) {
  process.stderr.write(`\nFailed: ${failed.join(', ')}\n`);
  process.exit(1);
}
