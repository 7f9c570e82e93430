import { textOfBlock } from './block-text.js';
import { groupBlocks } from './group-blocks.js';
import { createHeadingSlugger } from './heading-slug.js';
import type { Block, Passage, PassageKind } from './knowledge-base.js';
import { linkWordsOf } from './link-words.js';
import type { DocumentItem } from './read-blocks.js';

/** How a document's passages are named: ids `${idPrefix}3`, citations `${label} § Section ¶3`. */
export interface PassageNaming {
  readonly documentId: string;
  readonly idPrefix: string;
  readonly label: string;
  readonly url?: string;
  /** The title's anchor, counted first so repeated headings get the page's own suffixes. */
  readonly titleHeading?: string;
}

/** A heading of a document with the passages that stand directly under it. */
export interface Section {
  readonly heading: string;
  readonly depth: number;
  readonly passageIds: readonly string[];
}

function passageOf(
  blocks: readonly Block[],
  id: string,
  n: number,
  section: string | undefined,
  naming: PassageNaming,
  anchor: string | undefined,
): Passage {
  const texts = blocks.map(textOfBlock);
  // An introduced block is what the passage is: `code` or `list`, not the paragraph before it.
  const kind: PassageKind = blocks.at(-1)?.kind ?? 'paragraph';
  const sentences = texts.flatMap((t, block) => t.sentences.map((text) => ({ text, block })));
  const linkWords = linkWordsOf(blocks);
  const url =
    naming.url === undefined ? undefined : anchor === undefined ? naming.url : `${naming.url}#${anchor}`;
  return {
    id,
    kind,
    text: texts.map((t) => t.text).join('\n\n'),
    source: section === undefined ? `${naming.label} ¶${n}` : `${naming.label} § ${section} ¶${n}`,
    ...(section === undefined ? {} : { section }),
    ...(linkWords === '' ? {} : { linkWords }),
    sentences: sentences.map((s, k) => ({ id: `${id}.s${k + 1}`, text: s.text, block: s.block })),
    blocks,
    documentId: naming.documentId,
    ...(url === undefined ? {} : { url }),
  };
}

/** Numbers a document's passages in order across sections, each with the heading it stands under. */
export function groupPassages(
  items: readonly DocumentItem[],
  naming: PassageNaming,
): { passages: Passage[]; sections: Section[] } {
  const slug = createHeadingSlugger();
  if (naming.titleHeading !== undefined) slug(naming.titleHeading);
  const passages: Passage[] = [];
  const sections: { heading: string; depth: number; passageIds: string[] }[] = [];
  let pending: Block[] = [];
  let heading: { text: string; anchor: string } | undefined;
  const flush = (): void => {
    for (const group of groupBlocks(pending)) {
      const n = passages.length + 1;
      const passage = passageOf(group, `${naming.idPrefix}${n}`, n, heading?.text, naming, heading?.anchor);
      passages.push(passage);
      sections.at(-1)?.passageIds.push(passage.id);
    }
    pending = [];
  };
  for (const item of items) {
    if (item.kind === 'block') {
      pending.push(item.block);
      continue;
    }
    flush();
    heading = { text: item.text, anchor: item.slug ?? slug(item.text) };
    sections.push({ heading: item.text, depth: item.depth, passageIds: [] });
  }
  flush();
  return { passages, sections };
}
