// `npm test`: the checks and the whole vitest suite, keeping both cores busy. ESLint (type-aware, one
// core for most of the checks' time), Prettier and validate-content run side by side with `typecheck`;
// vitest starts as soon as `typecheck` passes (it builds dist/, which the end-to-end project's global
// setup would otherwise build at the same time), while ESLint is still running: the checks no longer
// leave a core idle at their end. Each check's output is held and printed whole when it ends, so it
// does not interleave with vitest's. Exits 1 if anything failed, after everything has ended; vitest
// does not start if `typecheck` fails. Each check runs its package.json script as npm would (`sh -c`,
// node_modules/.bin on the PATH) but without starting npm itself, about 0.5 s of CPU each.
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

/** Runs a command, its output held and printed whole when it ends, or passed through as it comes (`live`). */
function run(name: string, command: string, args: readonly string[], live = false): Promise<Outcome> {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      cwd: ROOT,
      env: { ...process.env, PATH: [BIN, process.env['PATH']].join(delimiter) },
      stdio: ['ignore', live ? 'inherit' : 'pipe', live ? 'inherit' : 'pipe'],
    });
    const chunks: Buffer[] = [];
    child.stdout?.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.stderr?.on('data', (chunk: Buffer) => chunks.push(chunk));
    let ended = false;
    const finish = (ok: boolean, note = ''): void => {
      // 'close' can follow 'error'.
      if (ended) return;
      ended = true;
      const seconds = (Date.now() - started) / 1000;
      process.stdout.write(`\n> ${name}: ${ok ? 'ok' : 'FAILED'} (${seconds.toFixed(1)} s)${note}\n`);
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

const checks = ['lint:code', 'lint:format', 'validate-content'].map(npmRun);
const suite = npmRun('typecheck').then(async (typecheck) =>
  typecheck.ok ? [typecheck, await run('vitest run', 'vitest', ['run'], true)] : [typecheck],
);
const outcomes = [...(await Promise.all(checks)), ...(await suite)];
const failed = outcomes.filter((outcome) => !outcome.ok).map((outcome) => outcome.name);
if (failed.length > 0) {
  process.stderr.write(`\nFailed: ${failed.join(', ')}\n`);
  process.exit(1);
}
