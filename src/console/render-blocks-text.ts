import type { Block, Inline, ListItem } from '../engine/index.js';
import { markWords } from '../reply/mark-words.js';
import type { DocumentQuote } from '../reply/reply-model.js';
import { safeHttpUrl } from '../reply/safe-http-url.js';
import { stripUnsafeCharacters } from '../reply/strip-unsafe-characters.js';
import { ADMONITION_LABELS as LABELS } from '../reply/admonition-labels.js';
import { rowAsItem } from '../reply/row-as-item.js';

// Columns a terminal shows on one line.
const TABLE_WIDTH = 100;

/** How to draw a matched word (ANSI bold on a terminal, as is otherwise). */
export type Emphasise = (text: string) => string;

/**
 * A document passage as plain text with its structure: code indented four spaces, lists as lists,
 * tables as aligned columns (one item per row when wider than a terminal), quotes with `> `, admonitions labelled ("Tip: …"), links as
 * `text (url)`. Matched words are emphasised in prose of the answering blocks only.
 */
export function renderDocumentText(document: DocumentQuote, emphasise: Emphasise): string {
  const words = new Set(document.matched);
  const answering = new Set(document.answering);
  return document.blocks
    .map((block, i) => renderBlock(block, answering.has(i) ? words : new Set(), emphasise))
    .join('\n');
}

function renderBlock(block: Block, words: ReadonlySet<string>, emphasise: Emphasise): string {
  const inline = (nodes: readonly Inline[]): string => renderInline(nodes, words, emphasise);
  switch (block.kind) {
    case 'paragraph':
      return inline(block.inline);
    case 'code':
      return clean(block.code.replace(/\r\n?/g, '\n').replace(/\n+$/, ''))
        .split('\n')
        .map((line) => `    ${line}`.trimEnd())
        .join('\n');
    case 'list':
      return renderList(block.items, inline);
    case 'table':
      return renderTable([block.header, ...block.rows].map((row) => row.map(inline)));
    case 'quote':
      return prefix(block.blocks.map((b) => renderBlock(b, words, emphasise)).join('\n'), '> ');
    case 'admonition': {
      const label = LABELS[block.admonition] + (block.title ? `: ${clean(block.title)}` : '');
      const body = block.blocks.map((b) => renderBlock(b, words, emphasise)).join('\n');
      return `${label}: ${prefix(body, '  ').trimStart()}`;
    }
  }
}

function renderInline(nodes: readonly Inline[], words: ReadonlySet<string>, emphasise: Emphasise): string {
  return nodes
    .map((node) => {
      switch (node.type) {
        case 'text':
          return markWords(clean(node.value.replace(/\s*\n\s*/g, ' ')), words)
            .map((run) => (run.bold ? emphasise(run.text) : run.text))
            .join('');
        case 'code':
          return `\`${clean(node.value)}\``;
        case 'break':
          return '\n';
        case 'link': {
          const text = renderInline(node.children, new Set(), emphasise);
          const url = safeHttpUrl(node.url);
          return url === null || text === url ? text || clean(node.url) : `${text} (${url})`;
        }
        default:
          return renderInline(node.children, new Set(), emphasise);
      }
    })
    .join('');
}

function renderList(items: readonly ListItem[], inline: (nodes: readonly Inline[]) => string): string {
  const counters: number[] = [];
  return items
    .map((item) => {
      counters.length = item.depth + 1;
      counters[item.depth] = (counters[item.depth] ?? 0) + 1;
      const box = item.checked === undefined ? '' : item.checked ? '[x] ' : '[ ] ';
      const lead = `${'  '.repeat(item.depth + 1)}${item.ordered ? `${counters[item.depth]}.` : '-'} ${box}`;
      return lead + prefix(inline(item.inline), ' '.repeat(lead.length)).trimStart();
    })
    .join('\n');
}

function renderTable(rows: readonly (readonly string[])[]): string {
  const cells = rows.map((row) => row.map((cell) => cell.replace(/\n/g, ' ').trim()));
  const widths = cells[0]?.map((_, c) => Math.max(...cells.map((row) => (row[c] ?? '').length))) ?? [];
  const [head = [], ...body] = cells;
  // Wider than a terminal, aligned columns wrap into a mess: one list item per row instead.
  if (widths.reduce((sum, w) => sum + w + 3, 0) > TABLE_WIDTH) return renderRows(head, body);
  const line = (row: readonly string[]): string =>
    `  ${widths.map((w, c) => (row[c] ?? '').padEnd(w)).join(' | ')}`.trimEnd();
  return [line(head), `  ${widths.map((w) => '-'.repeat(w)).join('-+-')}`, ...body.map(line)].join('\n');
}

/** `- first — Header: value · …`, as Discord shows a wide table (a two-column one without its header). */
function renderRows(head: readonly string[], body: readonly (readonly string[])[]): string {
  return body.map((row) => `  - ${rowAsItem(row, head)}`).join('\n');
}

function prefix(text: string, by: string): string {
  return text.replace(/^/gm, by);
}

// Content must not drive the terminal (escape sequences, bells) or reverse it.
function clean(text: string): string {
  return stripUnsafeCharacters(text);
}
