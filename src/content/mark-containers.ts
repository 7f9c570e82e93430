import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';

// A VuePress/Docusaurus container's opening marker line: `::: tip`, `::: warning Title`, `:::tip Title`.
// The run of colons is kept: `:::: code-group` holds `::: code-group-item` containers.
const OPENING =
  /^(\s{0,3}:::+)[ \t]*([A-Za-z][\w-]*)[ \t]+(\S.*?)?[ \t]*$|^(\s{0,3}:::+)[ \t]+([A-Za-z][\w-]*)[ \t]*$/u;

/** A marker line rewritten for the directive syntax: its 1-based line, as written and as rewritten. */
interface Rewrite {
  readonly line: number;
  readonly original: string;
  readonly marked: string;
}

/**
 * Rewrites VuePress container openings (`::: tip Title`, with a space or a title) into the directive
 * syntax remark-directive reads (`:::tip[Title]`): whole marker lines only, the rest of the Markdown
 * is left to the parser. Returns the text to parse and what changed, for restoreVerbatim.
 */
export function markVuepressContainers(text: string): { text: string; rewrites: Rewrite[] } {
  if (!text.includes(':::')) return { text, rewrites: [] };
  const rewrites: Rewrite[] = [];
  const lines = text.split('\n').map((line, i) => {
    const match = OPENING.exec(line);
    if (!match) return line;
    const fence = match[1] ?? match[4] ?? ':::';
    const name = match[2] ?? match[5] ?? '';
    const title = match[3]?.replace(/[[\]\\]/gu, '\\$&');
    const marked = `${fence}${name}${title === undefined ? '' : `[${title}]`}`;
    rewrites.push({ line: i + 1, original: line, marked });
    return marked;
  });
  return { text: rewrites.length > 0 ? lines.join('\n') : text, rewrites };
}

/**
 * Puts back marker-like lines that the parse found inside code or raw HTML, where they are content
 * (a fenced example of a container): such a line opens nothing there, only its text changed.
 */
export function restoreVerbatim(tree: Root, rewrites: readonly Rewrite[]): void {
  if (rewrites.length === 0) return;
  visit(tree, (node) => {
    if (node.type !== 'code' && node.type !== 'html') return;
    const { start, end } = node.position ?? {};
    if (!start || !end) return;
    for (const { line, original, marked } of rewrites) {
      if (line < start.line || line > end.line) continue;
      node.value = node.value
        .split('\n')
        .map((l) => (l.trim() === marked.trim() ? l.replace(marked.trim(), original.trim()) : l))
        .join('\n');
    }
  });
}
