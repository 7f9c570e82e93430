import type { Block } from '../../engine/index.js';
import { escapeContentText } from './limits.js';
import { renderCodeBlock } from './render-code-block.js';
import { renderInlines, type Fitted } from './render-inline.js';
import { renderList } from './render-list.js';
import { renderTable } from './render-table.js';
import { ADMONITION_LABELS as LABELS } from '../../reply/admonition-labels.js';

/** Which blocks get their matched words bolded (by index, or all), and the words. */
export interface Marking {
  readonly blocks: ReadonlySet<number> | 'all';
  readonly words: ReadonlySet<string>;
}

const NO_WORDS: ReadonlySet<string> = new Set();
// Quoting a block costs `> ` per line; a few rounds find the budget that fits.
const QUOTE_ROUNDS = 4;

/**
 * Document blocks as Discord Markdown, in order, within `max` characters. Blocks are whole or, the
 * last one shown, cut at a safe point (a line of code with its fence closed, an item of a list, a
 * run of text), so every fence and marker stays paired. `quoted`: inside a quote already (Discord
 * has no nested quotes, so an inner one is not quoted again).
 */
export function renderBlocks(
  blocks: readonly Block[],
  marking: Marking,
  max: number,
  quoted = false,
): Fitted {
  let out = '';
  for (const [index, block] of blocks.entries()) {
    const separator = out === '' ? '' : separatorBefore(block, blocks[index - 1]);
    const words = marking.blocks === 'all' || marking.blocks.has(index) ? marking.words : NO_WORDS;
    const room = max - out.length - separator.length;
    const shown = renderBlock(block, words, room, quoted);
    if (shown.text !== '') out += separator + shown.text;
    if (!shown.complete) return { text: out, complete: false };
  }
  return { text: out, complete: true };
}

function renderBlock(block: Block, words: ReadonlySet<string>, max: number, quoted: boolean): Fitted {
  // The blocks a quote or admonition holds answer as it does.
  const inside: Marking = { blocks: 'all', words };
  switch (block.kind) {
    case 'paragraph':
      return renderInlines(block.inline, words, max);
    case 'code':
      return renderCodeBlock(block, max);
    case 'list':
      return renderList(block.items, words, max);
    case 'table':
      return renderTable(block.header, block.rows, words, max);
    case 'quote':
      return quote((room) => renderBlocks(block.blocks, inside, room, true), max, quoted);
    case 'admonition': {
      const kind = LABELS[block.admonition];
      const label = block.title ? `**${kind}: ${escapeContentText(block.title)}**` : `**${kind}:**`;
      // The label leads the first paragraph's line ("Tip: …"), or stands on its own line.
      const inline = block.blocks[0]?.kind === 'paragraph' && !block.title;
      const lead = inline ? `${label} ` : `${label}\n`;
      return quote(
        (room) => {
          const inner = renderBlocks(block.blocks, inside, room - lead.length, true);
          // A label with nothing under it is not worth showing.
          return inner.text === '' ? inner : { text: lead + inner.text, complete: inner.complete };
        },
        max,
        quoted,
      );
    }
  }
}

/** Renders quoted content with `> ` before each line, shrinking its budget until the prefixes fit too. */
function quote(render: (room: number) => Fitted, max: number, quoted: boolean): Fitted {
  if (quoted) return render(max);
  let room = max;
  for (let round = 0; round < QUOTE_ROUNDS && room > 0; round++) {
    const inner = render(room);
    const text = inner.text.replace(/^/gm, '> ');
    if (text.length <= max) return { text: inner.text === '' ? '' : text, complete: inner.complete };
    room -= text.length - max;
  }
  return { text: '', complete: false };
}

// Paragraphs read apart; code, lists and quotes follow the line that introduces them.
function separatorBefore(block: Block, previous: Block | undefined): string {
  return block.kind === 'paragraph' && previous?.kind === 'paragraph' ? '\n\n' : '\n';
}
