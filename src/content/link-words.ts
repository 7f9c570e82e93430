import type { Block, Inline } from './knowledge-base.js';
import { plainText } from './read-inline.js';

// The page a link points at names its topic, often in words its text does not show: "[Learn
// more](…/HandleEmptyInListsPlugin.html)", "[here](…/Array/some)". Those words are context for
// the passage, as its heading is.

/** The name a link's address gives its target: its last path segment and its anchor, as words. */
export function linkTargetWords(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return '';
  }
  const segment = decodeURIComponent(parsed.pathname.split('/').filter(Boolean).at(-1) ?? '');
  const name = segment.replace(/\.(?:html?|mdx?|php|aspx?)$/iu, '');
  const anchor = decodeURIComponent(parsed.hash.replace(/^#/u, ''));
  return [name, anchor]
    .map((part) => part.replace(/[-_.:]+/gu, ' ').trim())
    .filter((part) => /\p{L}{2}/u.test(part))
    .join(' ');
}

function inlineUrls(inline: readonly Inline[], out: string[]): void {
  for (const node of inline) {
    // A bare address (an autolink) already shows its words in the text.
    if (node.type === 'link' && !/^\w+:\/\//u.test(plainText(node.children))) out.push(node.url);
    if ('children' in node) inlineUrls(node.children, out);
  }
}

function blockUrls(block: Block, out: string[]): void {
  switch (block.kind) {
    case 'paragraph':
      return inlineUrls(block.inline, out);
    case 'list':
      return block.items.forEach((item) => inlineUrls(item.inline, out));
    case 'table':
      return [block.header, ...block.rows].forEach((row) => row.forEach((cell) => inlineUrls(cell, out)));
    case 'quote':
    case 'admonition':
      return block.blocks.forEach((inner) => blockUrls(inner, out));
    case 'code':
      return;
  }
}

/** The words the links of some blocks name (see linkTargetWords), once each; '' when none. */
export function linkWordsOf(blocks: readonly Block[]): string {
  const urls: string[] = [];
  for (const block of blocks) blockUrls(block, urls);
  return [...new Set(urls.map(linkTargetWords).filter(Boolean))].join('\n');
}
