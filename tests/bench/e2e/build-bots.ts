/** Prepares both bots to run as plain `node …` children: ours as `npm start` runs it, the baseline transpiled. */
import { spawn } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import ts from 'typescript';

const BASELINE_SOURCE = 'tests/bench/baseline-bot.ts';
// Inside node_modules so the compiled file resolves discord.js from the project, like dist/ does.
const BASELINE_DIR = 'node_modules/.cache/bench-e2e';
export const BASELINE_ENTRY = `${BASELINE_DIR}/baseline-bot.mjs`;
const HTTP_BASELINE_SOURCE = 'tests/bench/http-baseline-server.ts';
export const HTTP_BASELINE_ENTRY = `${BASELINE_DIR}/http-baseline-server.mjs`;

/**
 * The node arguments of `npm start` (package.json's `start` script, e.g. `node dist/app/main.js`), or of
 * another script such as `start:http`, so
 * the benchmark runs the bot with whatever flags deployment uses. Only a plain `node …` is accepted,
 * optionally behind `exec` (which lets npm's forwarded signals reach node).
 */
export async function ourStartArgs(script = 'start'): Promise<string[]> {
  const manifest: unknown = JSON.parse(await readFile('package.json', 'utf8'));
  const scripts =
    typeof manifest === 'object' && manifest !== null && 'scripts' in manifest ? manifest.scripts : {};
  const start: unknown =
    typeof scripts === 'object' && scripts !== null && script in scripts
      ? (scripts as Record<string, unknown>)[script]
      : undefined;
  const all = typeof start === 'string' ? start.trim().split(/\s+/) : [];
  const words = all[0] === 'exec' ? all.slice(1) : all;
  if (words[0] !== 'node' || words.length < 2 || words.some((word) => /[|&;<>$`'"\\]/.test(word)))
    throw new Error(`package.json "${script}" is not a plain \`node …\` command: ${String(start)}`);
  return words.slice(1);
}

/** Runs `npm run build` once (what `prestart` does); rejects with its output if it fails. */
export function buildOurBot(): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn('npm', ['run', '--silent', 'build'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.once('error', reject);
    child.once('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`npm run build failed (code ${String(code)}):\n${output}`)),
    );
  });
}

/**
 * Strips the baseline's types (it is one file with no project imports), so both bots run as plain
 * JavaScript under the same node: no tsx loader in the baseline's memory or start-up.
 */
export async function buildBaselineBot(): Promise<void> {
  await transpile(BASELINE_SOURCE, BASELINE_ENTRY);
}

/** The same for the HTTP baseline server (tests/bench/http-baseline-server.ts). */
export async function buildHttpBaseline(): Promise<void> {
  await transpile(HTTP_BASELINE_SOURCE, HTTP_BASELINE_ENTRY);
}

async function transpile(sourceFile: string, entry: string): Promise<void> {
  const source = await readFile(sourceFile, 'utf8');
  const { outputText } = ts.transpileModule(source, {
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
    fileName: sourceFile,
  });
  await mkdir(BASELINE_DIR, { recursive: true });
  await writeFile(entry, outputText);
}
