import type { Block } from './knowledge-base.js';
import { plainText } from './read-inline.js';
import { splitSentences } from './split-sentences.js';

/** A block as the engine reads it: its plain text and the sentences it is made of. */
export interface BlockText {
  readonly text: string;
  readonly sentences: readonly string[];
}

const line = (text: string): string => text.trim();

function sentencesOf(block: Block): string[] {
  switch (block.kind) {
    case 'paragraph':
      return splitSentences(line(plainText(block.inline)));
    case 'code':
      // Code is one sentence, verbatim: never split, never joined with prose.
      return [block.code];
    case 'list':
      return block.items.map((item) => line(plainText(item.inline))).filter((t) => t.length > 0);
    case 'table':
      return [block.header, ...block.rows]
        .map((row) => row.map((cell) => line(plainText(cell))).join(' | '))
        .filter((t) => t.replace(/\|/gu, '').trim().length > 0);
    case 'quote':
    case 'admonition':
      return [
        ...(block.kind === 'admonition' && block.title !== undefined ? [block.title] : []),
        ...block.blocks.flatMap(sentencesOf),
      ];
  }
}

/** The plain text and sentences of a block: a paragraph's text is its lines joined by spaces, as written. */
export function textOfBlock(block: Block): BlockText {
  const sentences = sentencesOf(block);
  const text = block.kind === 'paragraph' ? line(plainText(block.inline)) : sentences.join('\n');
  return { text, sentences };
}
