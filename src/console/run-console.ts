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
import { renderReplyText } from './render-reply-text.js';

/** Streams and terminal facts the console runs over (process.stdin/stdout in production). */
export interface ConsoleIo {
  readonly input: Readable;
  readonly output: Writable;
  /** Interactive: a prompt, a greeting and ANSI bold. Piped: one answer per input line, nothing else. */
  readonly interactive: boolean;
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
 * The offline console: every input line (a blank one included) is a question, answered in order.
 * Resolves when the input ends.
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
      `Ask about “${describeKnowledge(knowledge).title}”. One question per line; Ctrl+D to quit.\n`,
    );
    lines.setPrompt('> ');
    // Ctrl+C ends the session like Ctrl+D (readline would otherwise only pause).
    lines.on('SIGINT', () => lines.close());
    lines.prompt();
  }
  let first = true;
  for await (const line of lines) {
    // Piped answers are separated by a blank line so each one stays readable.
    if (!io.interactive && !first) io.output.write('\n');
    first = false;
    io.output.write(answerAsText(knowledge, line, io.interactive));
    if (io.interactive) {
      io.output.write('\n');
      lines.prompt();
    }
  }
  if (io.interactive) io.output.write('\n');
}
