import type { QuotedPassage, ReplyModel } from '../reply/reply-model.js';
import { contextOf } from '../reply/context-of.js';
import { stripUnsafeCharacters } from '../reply/strip-unsafe-characters.js';
import { renderDocumentText } from './render-blocks-text.js';

/** How the console draws text: ANSI bold only on a terminal. */
export interface TextStyle {
  readonly color: boolean;
}

/** Renders a reply model as plain text for the offline console, ending with a newline. */
export function renderReplyText(reply: ReplyModel, style: TextStyle): string {
  const lines: string[] = [];
  if (reply.kind === 'answered') {
    lines.push(bold(`Q: ${clean(reply.title)}`, style));
    for (const passage of reply.passages) lines.push(renderPassage(passage, style));
    if (reply.note !== null) lines.push(`(${clean(reply.note)})`);
    if (reply.citation !== null) lines.push(clean(reply.citation));
    if (reply.followUps.length > 0)
      lines.push('Related:', ...reply.followUps.map((f) => `  - ${clean(f.question)}`));
  } else {
    lines.push(clean(reply.intro ?? reply.title));
    if (reply.followUps.length > 0)
      lines.push('Try asking:', ...reply.followUps.map((f) => `  - ${clean(f.question)}`));
  }
  return lines.join('\n') + '\n';
}

/** A document passage as its blocks; any other, the answering sentences then the rest indented, with […] where they stand. */
function renderPassage(passage: QuotedPassage, style: TextStyle): string {
  if (passage.document !== undefined) return renderDocumentText(passage.document, (t) => bold(t, style));
  const lead = passage.segments.map((s) => (s.bold ? bold(clean(s.text), style) : clean(s.text))).join('');
  const context = contextOf(passage);
  return context === '' ? lead : `${lead}\n  | ${clean(context)}`;
}

function bold(text: string, style: TextStyle): string {
  return style.color ? `\u001b[1m${text}\u001b[22m` : text;
}

// Content and echoed questions must not drive the terminal (escape sequences, bells) or reverse it.
function clean(text: string): string {
  return stripUnsafeCharacters(text);
}
