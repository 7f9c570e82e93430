import type { Block, Inline, Passage } from '../../content/knowledge-base.js';

// A table cell of one token holding a symbol (`| ^ | caret |`) is code written without backticks.
const SYMBOL_CELL = /^\S*[^\p{L}\p{N}\s]\S*$/u;

function inlineCode(inline: readonly Inline[]): string[] {
  return inline.flatMap((node) =>
    node.type === 'code' ? [node.value] : 'children' in node ? inlineCode(node.children) : [],
  );
}

function codeOf(block: Block): string[] {
  switch (block.kind) {
    case 'code':
      return [block.code];
    case 'paragraph':
      return inlineCode(block.inline);
    case 'list':
      return block.items.flatMap((item) => inlineCode(item.inline));
    case 'table':
      return [block.header, ...block.rows].flatMap((row) =>
        row.flatMap((cell) => {
          const code = inlineCode(cell);
          const text = cell
            .map((node) => (node.type === 'text' ? node.value : ''))
            .join('')
            .trim();
          return code.length === 0 && SYMBOL_CELL.test(text) ? [text] : code;
        }),
      );
    case 'quote':
    case 'admonition':
      return block.blocks.flatMap(codeOf);
  }
}

/**
 * Where a passage's text is code (its code blocks, inline code and symbol-only table cells), in
 * order: the stretches whose operators and specifiers are terms (symbol-terms.ts). Prose
 * punctuation around them is not.
 */
export function codeSpans(passage: Passage): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  let from = 0;
  for (const code of (passage.blocks ?? []).flatMap(codeOf)) {
    const at = passage.text.indexOf(code, from);
    if (code.length === 0 || at < 0) continue;
    spans.push({ start: at, end: at + code.length });
    from = at + code.length;
  }
  return spans;
}
