// `npm run ask`: answers questions from the terminal, as text or one JSON line per question.
import { createInterface } from 'node:readline';
import { loadConfig } from '../config/load-config.js';
import { answerAsText } from '../console/run-console.js';
import { answerQuestion, findPassage } from '../engine/index.js';
import { loadKnowledge } from '../knowledge/load-knowledge.js';
import { toAnswerJson } from './answer-json.js';
import { contentFolderOf } from './content-folder-of.js';
import { ASK_USAGE, parseAskArgs, UsageError, type AskArgs } from './parse-ask-args.js';
import { reportFatal } from './report-fatal.js';

async function* questionsOf(args: AskArgs): AsyncGenerator<string> {
  if (!args.stdin) {
    yield* args.questions;
    return;
  }
  for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) yield line;
}

async function main(argv: readonly string[]): Promise<number> {
  let args: AskArgs;
  try {
    args = parseAskArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`ask: ${error.message}\n\n${ASK_USAGE}\n`);
    return 2;
  }
  if (args.help) {
    process.stdout.write(`${ASK_USAGE}\n`);
    return 0;
  }
  const ikb = await loadKnowledge(contentFolderOf('ask', args.contentDir, () => loadConfig().contentDir));
  const color = process.stdout.isTTY === true;
  for await (const question of questionsOf(args)) {
    process.stdout.write(
      args.json
        ? `${JSON.stringify(toAnswerJson(answerQuestion(ikb, question), (id) => findPassage(ikb, id)))}\n`
        : `${answerAsText(ikb, question, color)}\n`,
    );
  }
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (error: unknown) => (process.exitCode = reportFatal(error)),
);
