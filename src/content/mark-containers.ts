import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';

// A VuePress/Docusaurus container's opening marker line: `::: tip`, `::: warning Title`, `:::tip Title`.
const OPENING =
  /^(\s{0,3}):::+[ \t]*([A-Za-z][\w-]*)[ \t]+(\S.*?)?[ \t]*$|^(\s{0,3}):::+[ \t]+([A-Za-z][\w-]*)[ \t]*$/u;

/** The 1-based lines that code blocks and raw HTML occupy: marker-like lines there are content. */
function verbatimLines(tree: Root): Set<number> {
  const lines = new Set<number>();
  visit(tree, (node) => {
    if (node.type !== 'code' && node.type !== 'html' && node.type !== 'inlineCode') return;
    const { start, end } = node.position ?? {};
    if (start && end) for (let line = start.line; line <= end.line; line++) lines.add(line);
  });
  return lines;
}

/**
 * Rewrites VuePress container openings (`::: tip Title`, with a space or a title) into the directive
 * syntax remark-directive reads (`:::tip[Title]`). Only whole marker lines outside code and HTML
 * change, as the parsed tree places them; the Markdown itself is left to the parser.
 */
export function markVuepressContainers(text: string, tree: Root): string {
  if (!text.includes(':::')) return text;
  const skip = verbatimLines(tree);
  const lines = text.split('\n');
  let changed = false;
  const marked = lines.map((line, i) => {
    if (skip.has(i + 1)) return line;
    const match = OPENING.exec(line);
    if (!match) return line;
    changed = true;
    const indent = match[1] ?? match[4] ?? '';
    const name = match[2] ?? match[5] ?? '';
    const title = match[3]?.replace(/[[\]\\]/gu, '\\$&');
    return `${indent}:::${name}${title === undefined ? '' : `[${title}]`}`;
  });
  return changed ? marked.join('\n') : text;
}
