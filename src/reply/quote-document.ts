import type { Block, CitedPassage, Passage } from '../engine/index.js';
import { wordsOf } from './mark-words.js';
import type { DocumentQuote } from './reply-model.js';

/**
 * A cited passage as the blocks of its document, or null when it has none (glossary entries) or,
 * quoted `alone`, is one plain paragraph: prose alone reads best with its answering sentences first
 * and the rest after, as the article always has. The words the engine highlighted are marked only in
 * the blocks that hold the answering sentences; every block is still shown, in order.
 */
export function quoteDocument(
  cited: CitedPassage,
  passage: Passage | undefined,
  alone: boolean,
): DocumentQuote | null {
  const blocks = passage?.blocks;
  if (passage === undefined || blocks === undefined || blocks.length === 0) return null;
  if (alone && blocks.every(isPlainParagraph)) return null;
  const blockOf = new Map(passage.sentences.map((s) => [s.id, s.block]));
  const answering = new Set<number>();
  for (const sentence of cited.sentences) {
    const block = blockOf.get(sentence.id);
    // A sentence that does not say where it stands could be anywhere in the passage.
    if (block === undefined) blocks.forEach((_, i) => answering.add(i));
    else answering.add(block);
  }
  const matched = new Set(cited.highlights.flatMap((h) => wordsOf(cited.text.slice(h.start, h.end))));
  return {
    kind: passage.kind,
    blocks,
    answering: [...answering].sort((a, b) => a - b),
    matched: [...matched],
    // Paragraphs of one section read as one; a passage under no heading stands alone.
    group:
      passage.section === undefined
        ? `\u0001${passage.source}`
        : `${passage.documentId ?? ''}\u0000${passage.section}`,
  };
}

function isPlainParagraph(block: Block, index: number): boolean {
  return index === 0 && block.kind === 'paragraph' && block.inline.every((node) => node.type === 'text');
}
