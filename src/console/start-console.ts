import type { Config } from '../config/parse-config.js';
import { loadKnowledge } from '../knowledge/load-knowledge.js';
import { runConsole } from './run-console.js';

/**
 * Console mode for `npm start` without a token: loads the same knowledge base and answers stdin.
 * Interactive on a terminal; otherwise one answer per input line, then exit 0 at end of input.
 */
export async function startConsole(config: Config): Promise<void> {
  const knowledge = await loadKnowledge(config.contentDir);
  const interactive = process.stdin.isTTY === true && process.stdout.isTTY === true;
  await runConsole(knowledge, { input: process.stdin, output: process.stdout, interactive });
}
