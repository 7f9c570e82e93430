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
      return codeSentences(block.code);
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

// The most sentences one code block is read as: sentence masks hold 32 per passage, and prose
// may stand beside the code.
const MAX_CODE_SENTENCES = 16;

/**
 * A code block's sentences, for ranking only (answers always show the block whole): its stretches
 * between blank lines, as written. Read as one sentence, a long example's every name weighs as
 * little as a word in a 300-word sentence; its stretches are what a question points at.
 */
function codeSentences(code: string): string[] {
  const stretches = code.split(/\n[ \t]*\n/u).filter((s) => s.trim().length > 0);
  if (stretches.length <= MAX_CODE_SENTENCES) return stretches.length > 0 ? stretches : [code];
  return [
    ...stretches.slice(0, MAX_CODE_SENTENCES - 1),
    stretches.slice(MAX_CODE_SENTENCES - 1).join('\n\n'),
  ];
}

/** The plain text and sentences of a block: a paragraph's text is its lines joined by spaces, as written; code is verbatim. */
export function textOfBlock(block: Block): BlockText {
  const sentences = sentencesOf(block);
  const text =
    block.kind === 'paragraph'
      ? line(plainText(block.inline))
      : block.kind === 'code'
        ? block.code
        : sentences.join('\n');
  return { text, sentences };
}
