import { stripUnsafeCharacters } from '../../reply/strip-unsafe-characters.js';
import { breakMentionsInCode, escapeContentText, fitText } from './limits.js';
import type { Fitted } from './render-inline.js';

const ZWSP = '\u200b';
const FENCE = '```';
// Discord highlights by highlight.js names (js, ts, sh, diff, json …); anything else is left off.
const LANGUAGE = /^[\w#+.-]{1,32}$/;
// A cut block needs room for its fences, the note and a few lines to be worth showing.
const MIN_ROOM = 60;

/** Code to show in a fenced block: the note under a cut one says it goes on. */
export interface CodeBlock {
  readonly code: string;
  readonly language?: string | undefined;
  readonly title?: string | undefined;
  readonly continues?: string;
}

const CODE_CONTINUES = '*… the code continues in the source.*';

/**
 * A Discord code block with its language, within `max` characters. Discord closes a block at any
 * ``` and has no longer fence, so backtick runs inside the code are broken with zero-width spaces:
 * the code can never close its block. Too long, it is cut at a line boundary, the fence closed and
 * a note added that it continues.
 */
export function renderCodeBlock(block: CodeBlock, max: number): Fitted {
  const language = block.language !== undefined && LANGUAGE.test(block.language) ? block.language : '';
  const head = (block.title ? `*${escapeContentText(block.title)}*\n` : '') + FENCE + language + '\n';
  const lines = safeCode(block.code).split('\n');
  const whole = `${head}${lines.join('\n')}\n${FENCE}`;
  if (whole.length <= max) return { text: whole, complete: true };
  if (max < MIN_ROOM) return { text: '', complete: false };
  const tail = `\n${FENCE}\n${block.continues ?? CODE_CONTINUES}`;
  let body = '';
  for (const line of lines) {
    const next = body === '' ? line : `${body}\n${line}`;
    if (head.length + next.length + tail.length > max) break;
    body = next;
  }
  // A first line longer than the room (minified code) is cut itself.
  if (body === '') body = fitText(lines[0] ?? '', max - head.length - tail.length);
  return { text: head + body + tail, complete: false };
}

/** Code as Discord shows it literally: no control characters, no backtick run that could close the fence. */
function safeCode(code: string): string {
  const text = stripUnsafeCharacters(code.replace(/\r\n?/g, '\n')).replace(/\n+$/, '');
  return breakMentionsInCode(text).replace(/`(?=`)/g, `\`${ZWSP}`);
}
