// `npm test`'s checks before vitest (`tsx scripts/run-checks.ts lint:code typecheck …`): runs the named
// npm scripts side by side, since each (tsc, ESLint, Prettier) keeps one core busy and the machine has
// more. ESLint (type-aware) takes the longest, so npm test runs it apart from Prettier, not after it.
// Each script's output is held and printed whole when it ends, so the logs do not interleave. Exits 1
// if any failed, after all have ended.
import { spawn } from 'node:child_process';

interface Outcome {
  readonly script: string;
  readonly ok: boolean;
  readonly seconds: number;
}

function runScript(script: string): Promise<Outcome> {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', '--silent', script], { stdio: ['ignore', 'pipe', 'pipe'] });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => chunks.push(chunk));
    let ended = false;
    const finish = (ok: boolean, note = ''): void => {
      // 'close' can follow 'error'.
      if (ended) return;
      ended = true;
      const seconds = (Date.now() - started) / 1000;
      process.stdout.write(
        `\n> npm run ${script}: ${ok ? 'ok' : 'FAILED'} (${seconds.toFixed(1)} s)${note}\n`,
      );
      process.stdout.write(Buffer.concat(chunks));
      resolve({ script, ok, seconds });
    };
    child.once('error', (error) => finish(false, `: ${error.message}`));
    child.once('close', (code) => finish(code === 0));
  });
}

const scripts = process.argv.slice(2);
if (scripts.length === 0) {
  process.stderr.write('Usage: tsx scripts/run-checks.ts <npm script>...\n');
  process.exit(2);
}
const outcomes = await Promise.all(scripts.map(runScript));
const failed = outcomes.filter((outcome) => !outcome.ok).map((outcome) => outcome.script);
if (failed.length > 0) {
  process.stderr.write(`\nFailed: ${failed.map((script) => `npm run ${script}`).join(', ')}\n`);
  process.exit(1);
}
