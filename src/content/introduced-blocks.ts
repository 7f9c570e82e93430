import { textOfBlock } from './block-text.js';
import type { Block } from './knowledge-base.js';

/** A paragraph whose text ends in ':' ("…looks like this:", "Here are some examples:"). */
export const endsInColon = (block: Block | undefined): boolean =>
  block?.kind === 'paragraph' && textOfBlock(block).text.endsWith(':');

const isExample = (block: Block | undefined): boolean =>
  block?.kind === 'code' || block?.kind === 'list' || block?.kind === 'table';

/**
 * How many blocks after `blocks[at]` it introduces. Documentation writes a code block right after the
 * paragraph that says what it does ("…call getTextInputValue() with the input's custom id."); a ':'
 * introduces a list or table too, and through a further introduction ("Example app.js:",
 * `**Example**`) the block that one introduces: "…overriding the log method:", "Example stdout.js:",
 * then the code. `isLabel` tells the short label paragraphs (`**Params**`) that introduce without a ':'.
 */
export function introducedCount(
  blocks: readonly Block[],
  at: number,
  isLabel: (block: Block | undefined) => boolean,
): number {
  const block = blocks[at];
  const next = blocks[at + 1];
  if (block?.kind !== 'paragraph' || next === undefined) return 0;
  if (next.kind === 'code') return 1;
  const colon = endsInColon(block) || isLabel(block);
  if (!colon) return 0;
  if (isExample(next)) return 1;
  if (next.kind !== 'paragraph' || !(endsInColon(next) || isLabel(next))) return 0;
  const further = introducedCount(blocks, at + 1, isLabel);
  return further === 0 ? 0 : 1 + further;
}

/**
 * Whether `next` is one more example of what a ':' introduced, after the group's last block: a
 * code block after code (the second example of "…as follows:"), and after a ':' intro a list or
 * code block after either (several of them), or a table after a list or code (never a table after
 * a table: a long table is cut into several on purpose).
 */
export function continuesExamples(group: readonly Block[], next: Block | undefined): boolean {
  const last = group.at(-1);
  if (last?.kind === 'code' && next?.kind === 'code') return true;
  if (!group.some(endsInColon) || !isExample(last) || !isExample(next)) return false;
  return !(next?.kind === 'table' && last?.kind === 'table');
}
