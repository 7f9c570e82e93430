import type { List, PhrasingContent } from 'mdast';

const isBlank = (node: PhrasingContent): boolean => node.type === 'text' && node.value.trim() === '';

/**
 * A list made only of links to the page's own anchors (`- [Install](#install)`, nested too) is a
 * table of contents: navigation the headings already give, not content to answer from.
 */
export function isNavigation(list: List): boolean {
  return list.children.every((item) =>
    item.children.every((child) => {
      if (child.type === 'list') return isNavigation(child);
      if (child.type !== 'paragraph') return false;
      const content = child.children.filter((c) => !isBlank(c));
      return content.length === 1 && content[0]?.type === 'link' && content[0].url.startsWith('#');
    }),
  );
}
