/**
 * Part of the end-to-end project's global setup (global-setup.ts): builds dist/ once, as `npm start`'s
 * prestart does, before any file runs. The bot's entry points then start from the compiled JavaScript
 * (spawnEntryPoint), and every `npm start` a test runs finds the build up to date (`tsc -b`) instead of
 * compiling the whole bot again.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

export default async function buildDist(): Promise<void> {
  try {
    await run('npm', ['run', '--silent', 'build'], { timeout: 300_000 });
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    throw new Error(
      `npm run build failed, so the end-to-end tests cannot start the bot:\n${stdout}${stderr}`,
    );
  }
}
