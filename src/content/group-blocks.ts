import { textOfBlock } from './block-text.js';
import { continuesExamples, endsInColon, introducedCount } from './introduced-blocks.js';
import type { Block } from './knowledge-base.js';
import { splitTable } from './split-table.js';

// A passage's sentences are indexed in a 32-slot mask: a further example or a trailing label never takes
// a group past it (an introduced list may hold more on its own, and keeps its introduction).
const MAX_GROUP_SENTENCES = 32;

// A further example joins its introduction only while the passage stays short enough to read whole in
// an answer: two long examples are two answers, each found by its own words.
const MAX_RUN_CHARS = 1200;

const charCount = (blocks: readonly Block[]): number =>
  blocks.reduce((n, b) => n + textOfBlock(b).text.length, 0);

const sentenceCount = (blocks: readonly Block[]): number =>
  blocks.reduce((n, b) => n + textOfBlock(b).sentences.length, 0);

// A label names what follows it: `**Params**`, `**Example**`, `Type: function`, `Default: undefined`.
// Alone it answers nothing, and a question about the thing it labels points at the block after it.
const MAX_LABEL_CHARS = 48;

/** A short paragraph that is only bold or italic text, or a short `Label: value` line with no sentence in it. */
export function isLabel(block: Block | undefined): boolean {
  if (block?.kind !== 'paragraph') return false;
  const text = textOfBlock(block).text;
  if (text.length === 0 || text.length > MAX_LABEL_CHARS || /[.!?]$/u.test(text)) return false;
  const marked = block.inline.filter((i) => !(i.type === 'text' && i.value.trim() === ''));
  if (marked.length === 1 && (marked[0]?.type === 'strong' || marked[0]?.type === 'emphasis')) return true;
  return /^[\p{L}\p{N} _-]{1,24}:\s+\S/u.test(text) && !/[.!?]\s/u.test(text);
}

const fits = (group: readonly Block[], next: Block): boolean =>
  sentenceCount([...group, next]) <= MAX_GROUP_SENTENCES;

/**
 * Groups a section's blocks into passages: each block its own, except that labels go with the block
 * after them (or, at the section's end, before them), a paragraph keeps what it introduces
 * (introduced-blocks.ts: the code block after it, a list or table after a ':', through a further
 * "Example:" line), and further examples after those stay with it: the second example of "…as
 * follows:" is introduced by the same sentence. A ':' that introduces nothing left in its section
 * (the screenshots after "Here are some examples:" are not content) goes with the passage before
 * it. A long table is first cut into tables of a few rows (split-table.ts).
 */
export function groupBlocks(section: readonly Block[]): Block[][] {
  const blocks = section.flatMap(splitTable);
  const groups: Block[][] = [];
  let i = 0;
  while (i < blocks.length) {
    const group: Block[] = [];
    while (i + 1 < blocks.length && isLabel(blocks[i])) group.push(blocks[i++] as Block);
    const block = blocks[i] as Block;
    const introduced = introducedCount(blocks, i, isLabel);
    group.push(...blocks.slice(i, i + 1 + introduced));
    i += 1 + introduced;
    if (introduced > 0)
      while (
        continuesExamples(group, blocks[i]) &&
        fits(group, blocks[i] as Block) &&
        charCount([...group, blocks[i] as Block]) <= MAX_RUN_CHARS
      )
        group.push(blocks[i++] as Block);
    const previous = groups.at(-1);
    // A label that ends its section labels what came before it; an introduction that ends it introduced
    // what is not there.
    const trailing =
      group.every(isLabel) || (i === blocks.length && group.length === 1 && endsInColon(block));
    if (trailing && previous !== undefined && fits(previous, block)) previous.push(...group);
    else groups.push(group);
  }
  return groups;
}
