import type { Paragraph, PhrasingContent, Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

// Inside an HTML block, tags are read as CommonMark's inline raw HTML, so the text between them (and
// its Markdown: `*additional*`) is separated from the tags: HTML blocks and indented code are off, and
// so are block quotes, since a tag whose attributes stand one per line ends on a `>` line of its own
// (`<DiscordEmbed⏎ title="…"⏎>`), which would start a quote and leave the tag as text.
const inlineHtml = unified().use(remarkParse).use(remarkGfm);
inlineHtml.data('micromarkExtensions', [
  ...(inlineHtml.data('micromarkExtensions') ?? []),
  { disable: { null: ['htmlFlow', 'codeIndented', 'blockQuote'] } },
]);

// Vue's slot and event shorthands (`<template #fields>`, `@click`) are not HTML attribute names, so
// CommonMark leaves such a tag as text; inside an HTML block it is still a tag, not content.
const LEFTOVER_TAG = /<\/?[A-Za-z][^<>]*>/gu;

const SUMMARY = /<summary\b[^>]*>[\s\S]*?<\/summary\s*>/giu;
// Only an h1 names something (a README's title); an `<h3>` block is as often a paragraph set large.
const HEADING = /^\s*<h1\b[^>]*>([\s\S]*?)<\/h1\s*>\s*$/iu;

/** An HTML block that is one h1 (`<h1 align="center">Name</h1>`, `<h1><img …>name</h1>`): its depth and the text it wraps. */
export function readHtmlHeading(html: string): { depth: number; paragraphs: Paragraph[] } | undefined {
  const match = HEADING.exec(html);
  if (match === null) return undefined;
  return { depth: 1, paragraphs: readHtmlBlock(match[1] ?? '') };
}

/**
 * The paragraphs of text an HTML block wraps (`<p>…</p>`, a component's slot), with the tags and
 * comments gone; an HTML block of tags or comments only gives none.
 */
export function readHtmlBlock(html: string): Paragraph[] {
  // A comment (or declaration) block is one whole, even across blank lines: none of it is content.
  if (/^\s*<[!?]/u.test(html)) return [];
  // A `<details>` summary ("Click to expand") is the label of a toggle, not content.
  const tree: Root = inlineHtml.parse(html.replace(SUMMARY, ' '));
  const paragraphs: Paragraph[] = [];
  for (const node of tree.children) {
    if (node.type !== 'paragraph') continue;
    const children = node.children.map((child): PhrasingContent =>
      child.type === 'text'
        ? { ...child, value: child.value.replace(LEFTOVER_TAG, ' ').replace(/\s+/gu, ' ') }
        : child,
    );
    paragraphs.push({ ...node, children });
  }
  return paragraphs;
}
