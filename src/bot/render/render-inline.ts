import type { Inline } from '../../engine/index.js';
import { markWords } from '../../reply/mark-words.js';
import { safeHttpUrl } from '../../reply/safe-http-url.js';
import { shortenText } from '../../reply/shorten-text.js';
import { breakMentionsInCode, escapeContentText } from './limits.js';

/** Markdown cut to a budget, and whether all of it fitted. */
export interface Fitted {
  readonly text: string;
  readonly complete: boolean;
}

const ZWSP = '\u200b';
const MARKERS: Record<'strong' | 'emphasis' | 'delete', string> = {
  strong: '**',
  emphasis: '*',
  delete: '~~',
};

/**
 * Renders inline content as Discord Markdown within `max` characters. Text values are escaped
 * (a literal `*` stays literal); the structure is ours: `**bold**`, `*italics*`, `~~struck~~`,
 * `` `code` ``, masked links for http(s) addresses only. Words in `marks` are bolded only in plain
 * prose, never inside code, links or the source's own formatting. A cut keeps every marker paired.
 */
export function renderInlines(nodes: readonly Inline[], marks: ReadonlySet<string>, max: number): Fitted {
  let out = '';
  for (const node of nodes) {
    const whole = renderInline(node, marks, Infinity).text;
    const piece = join(out, whole);
    if (out.length + piece.length <= max) {
      out += piece;
      continue;
    }
    const part = renderInline(node, marks, max - out.length - (piece.length - whole.length)).text;
    return { text: out + join(out, part), complete: false };
  }
  return { text: out, complete: true };
}

/** Inline content as plain text (code as written, links as their text), for table layouts and labels. */
export function plainInlines(nodes: readonly Inline[]): string {
  return nodes
    .map((n) =>
      n.type === 'text' || n.type === 'code' ? n.value : n.type === 'break' ? ' ' : plainInlines(n.children),
    )
    .join('');
}

function renderInline(node: Inline, marks: ReadonlySet<string>, max: number): Fitted {
  switch (node.type) {
    case 'text':
      return renderText(oneLine(node.value), marks, max);
    case 'break':
      return max >= 1 ? { text: '\n', complete: true } : { text: '', complete: false };
    case 'code': {
      const code = renderCode(node.value);
      return code.length <= max ? { text: code, complete: true } : { text: '', complete: false };
    }
    case 'link':
      return renderLink(node.url, node.children, max);
    default:
      return wrap(
        MARKERS[node.type],
        renderInlines(node.children, NO_MARKS, max - 2 * MARKERS[node.type].length),
      );
  }
}

const NO_MARKS: ReadonlySet<string> = new Set();

function renderText(value: string, marks: ReadonlySet<string>, max: number): Fitted {
  let out = '';
  for (const run of markWords(value, marks)) {
    const escaped = escapeContentText(run.text);
    const piece = run.bold ? wrap('**', { text: escaped, complete: true }).text : escaped;
    if (out.length + piece.length <= max) {
      out += piece;
      continue;
    }
    // Cut between words, never inside one (nor inside a bold run's markers); with no whole word of
    // the run left, the ellipsis follows what came before it.
    const room = max - out.length;
    const cut = shortenText(run.bold ? escaped.trim() : escaped, run.bold ? room - 4 : room, '…', true);
    if (cut !== '…' && (run.bold ? room > 5 : room > 1))
      out += run.bold ? wrap('**', { text: cut, complete: false }).text : cut;
    else if (out.trimEnd().length < max) out = `${out.trimEnd()}…`;
    return { text: out, complete: false };
  }
  return { text: out, complete: true };
}

function renderLink(raw: string, children: readonly Inline[], max: number): Fitted {
  const url = safeHttpUrl(raw);
  // Anything but an http(s) address is shown as its text, never made clickable.
  if (url === null) return renderInlines(children, NO_MARKS, max);
  const label = renderInlines(children, NO_MARKS, Infinity).text.replace(/\n/g, ' ');
  const link = `[${label.trim() === '' ? escapeContentText(url) : label}](${url})`;
  if (link.length <= max) return { text: link, complete: true };
  // A link that does not fit whole shows its text, cut: half an address is no use.
  return { text: renderInlines(children, NO_MARKS, max).text, complete: false };
}

/** Inline code that its own content cannot close: a longer backtick run when it holds backticks. */
function renderCode(value: string): string {
  const code = breakMentionsInCode(oneLine(value));
  if (code === '') return '';
  if (!code.includes('`')) return `\`${code}\``;
  // Discord has no escape inside code spans and no fence longer than two: break up backtick runs.
  const safe = code.replace(/`(?=`)/g, `\`${ZWSP}`);
  return `\`\` ${safe} \`\``;
}

/** Wraps rendered Markdown in a marker pair, whitespace kept outside so Discord renders it. */
function wrap(marker: string, inner: Fitted): Fitted {
  const match = /^(\s*)([\s\S]*?)(\s*)$/.exec(inner.text);
  const [, lead = '', core = '', trail = ''] = match ?? [];
  return {
    text: core === '' ? inner.text : `${lead}${marker}${core}${marker}${trail}`,
    complete: inner.complete,
  };
}

/** A piece to append: a zero-width space first where two marker runs would touch (`**a****b**`). */
function join(before: string, piece: string): string {
  return /[*~_`|]$/.test(before) && /^[*~_`|]/.test(piece) ? ZWSP + piece : piece;
}

// Source paragraphs wrap at any column; a soft line break is a space.
function oneLine(text: string): string {
  return text.replace(/[ \t]*\r?\n[ \t]*/g, ' ');
}
