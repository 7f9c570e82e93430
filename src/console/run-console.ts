import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import {
  answerQuestion,
  describeKnowledge,
  findPassage,
  listDocuments,
  type IndexedKnowledgeBase,
} from '../engine/index.js';
import { buildReply } from '../reply/build-reply.js';
import { stripUnsafeCharacters } from '../reply/strip-unsafe-characters.js';
import { nameContent } from '../reply/name-content.js';
import { renderReplyText } from './render-reply-text.js';

/** Streams and terminal facts the console runs over (process.stdin/stdout in production). */
export interface ConsoleIo {
  readonly input: Readable;
  readonly output: Writable;
  /**
   * Interactive: a prompt, a greeting and ANSI bold. Piped: each input line echoed as `> line`, then
   * its answer, so answers can be matched to questions.
   */
  readonly interactive: boolean;
}

/** What the console says to `help` or `?`. */
export const CONSOLE_HELP = `Type a question about the documents and press Enter; the answer quotes the passage and cites it.
Commands: help or ? shows this; quit or exit (or Ctrl+D) leaves. Nothing typed here is stored.
`;

/** A line that is a console command rather than a question. */
function commandOf(line: string): 'help' | 'quit' | null {
  const word = line.trim().toLowerCase();
  if (word === 'help' || word === '?') return 'help';
  if (word === 'quit' || word === 'exit') return 'quit';
  return null;
}

/** Answers one question with the engine and renders the reply model as text. */
export function answerAsText(knowledge: IndexedKnowledgeBase, question: string, color: boolean): string {
  const answer = answerQuestion(knowledge, question);
  const reply = buildReply(answer, {
    articleTitle: describeKnowledge(knowledge).title,
    documents: listDocuments(knowledge).length,
    passageOf: (id) => findPassage(knowledge, id),
  });
  return renderReplyText(reply, { color });
}

/**
 * The offline console: every input line (a blank one included) is a question, answered in order,
 * except `help`/`?` (the console's help) and `quit`/`exit`. Nothing is stored. Resolves when the
 * input ends or on quit.
 */
export async function runConsole(knowledge: IndexedKnowledgeBase, io: ConsoleIo): Promise<void> {
  const lines = createInterface({
    input: io.input,
    output: io.interactive ? io.output : undefined,
    terminal: io.interactive,
    crlfDelay: Infinity,
  });
  if (io.interactive) {
    io.output.write(
      `Ask about ${nameContent(describeKnowledge(knowledge).title, listDocuments(knowledge).length).name}. One question per line; help for help, Ctrl+D to quit.\n`,
    );
    lines.setPrompt('> ');
    // Ctrl+C ends the session like Ctrl+D (readline would otherwise only pause).
    lines.on('SIGINT', () => lines.close());
    lines.prompt();
  }
  let first = true;
  for await (const line of lines) {
    const command = commandOf(line);
    if (command === 'quit') break;
    // Piped answers are separated by a blank line so each one stays readable.
    if (!io.interactive && !first) io.output.write('\n');
    first = false;
    // Piped, the question is echoed above its answer (escaped: it must not drive the terminal).
    if (!io.interactive) io.output.write(`> ${stripUnsafeCharacters(line)}\n`);
    io.output.write(command === 'help' ? CONSOLE_HELP : answerAsText(knowledge, line, io.interactive));
    if (io.interactive) {
      io.output.write('\n');
      lines.prompt();
    }
  }
  lines.close();
  if (io.interactive) io.output.write('\n');
}
