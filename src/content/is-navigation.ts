import type { List, PhrasingContent } from 'mdast';

const isBlank = (node: PhrasingContent): boolean => node.type === 'text' && node.value.trim() === '';

/** A link to an anchor of the page itself (`[Install](#install)`), bold or italic or not. */
function isAnchorLink(node: PhrasingContent | undefined): boolean {
  if (node?.type === 'link') return node.url.startsWith('#');
  if (node?.type !== 'strong' && node?.type !== 'emphasis') return false;
  const content = node.children.filter((c) => !isBlank(c));
  return content.length === 1 && isAnchorLink(content[0]);
}

/** The text of phrasing content made only of text nodes; undefined when it holds anything else. */
function plainTextOf(content: readonly PhrasingContent[]): string | undefined {
  let text = '';
  for (const c of content) {
    if (c.type !== 'text') return undefined;
    text += c.value;
  }
  return text;
}

// What may follow an entry's link: nothing, or a note in parentheses ("(Wildcard matching)").
function isAside(rest: readonly PhrasingContent[]): boolean {
  const text = plainTextOf(rest);
  return text !== undefined && /^\s*(?:\([^()]*\))?\s*$/u.test(text);
}

// A group's name over its entries ("- API" above "  - [.test](#test)"): short plain text.
function isGroupName(content: readonly PhrasingContent[]): boolean {
  const text = plainTextOf(content);
  return text !== undefined && text.trim().length <= 40;
}

/**
 * A list made only of links to the page's own anchors (`- [Install](#install)`, nested too, each
 * perhaps with a note in parentheses, groups perhaps named in plain words) is a table of contents:
 * navigation the headings already give, not content to answer from. It matches every question a
 * little, and answers none.
 */
export function isNavigation(list: List): boolean {
  let links = 0;
  const entries = (l: List): boolean =>
    l.children.every((item) => {
      const nested = item.children.filter((c) => c.type === 'list');
      const own = item.children.filter((c) => c.type !== 'list');
      if (!nested.every(entries) || own.length > 1) return false;
      const first = own[0];
      if (first === undefined) return nested.length > 0;
      if (first.type !== 'paragraph') return false;
      const content = first.children.filter((c) => !isBlank(c));
      if (isAnchorLink(content[0]) && isAside(content.slice(1))) {
        links += 1;
        return true;
      }
      return nested.length > 0 && isGroupName(content);
    });
  return entries(list) && links > 0;
}
