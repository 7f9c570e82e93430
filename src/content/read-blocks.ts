import type {
  BlockContent,
  DefinitionContent,
  List,
  ListItem as MdListItem,
  Paragraph,
  RootContent,
} from 'mdast';
import type { AdmonitionKind, Block, ListItem } from './knowledge-base.js';
import { withoutNavigation } from './drop-navigation.js';
import { readAlert } from './read-alert.js';
import { readHtmlBlock, readHtmlHeading } from './read-html.js';
import { plainText, readInline, trimInline, type InlineContext } from './read-inline.js';

/** A document read in order: its headings and the blocks between them. */
export type DocumentItem =
  | { readonly kind: 'heading'; readonly depth: number; readonly text: string; readonly slug?: string }
  | { readonly kind: 'block'; readonly block: Block };

const ADMONITIONS: Readonly<Record<string, AdmonitionKind>> = {
  note: 'note',
  tip: 'tip',
  info: 'info',
  important: 'important',
  warning: 'warning',
  caution: 'caution',
  danger: 'danger',
  details: 'note',
};

// `## Title {#custom-id}` (Docusaurus, Pandoc): the id names the heading's anchor, it is not its text.
const CUSTOM_ID = /\s*\{#([\w-]+)\}\s*$/u;

function paragraphBlock(node: Paragraph, context: InlineContext): Block[] {
  const inline = trimInline(readInline(node.children, context));
  return plainText(inline).trim().length === 0 ? [] : [{ kind: 'paragraph', inline }];
}

// A code block's meta may name its file: ```ts title="src/db.ts"```.
function codeTitle(meta: string | null | undefined): string | undefined {
  return /\btitle=(?:"([^"]*)"|'([^']*)'|(\S+))/u
    .exec(meta ?? '')
    ?.slice(1)
    .find((t) => t !== undefined);
}

/** A list whose items hold only paragraphs and lists is one list block; any other list is read item by item. */
function isSimpleList(list: List): boolean {
  return list.children.every((item) =>
    item.children.every(
      (child) => child.type === 'paragraph' || (child.type === 'list' && isSimpleList(child)),
    ),
  );
}

function listItems(list: List, depth: number, context: InlineContext): ListItem[] {
  return list.children.flatMap((item: MdListItem) => {
    const paragraphs = item.children.filter((c) => c.type === 'paragraph');
    const inline = trimInline(
      paragraphs.flatMap((p, i) => [
        ...(i > 0 ? [{ type: 'text' as const, value: ' ' }] : []),
        ...readInline(p.children, context),
      ]),
    );
    const own: ListItem = {
      depth,
      ordered: list.ordered === true,
      ...(typeof item.checked === 'boolean' ? { checked: item.checked } : {}),
      inline,
    };
    const nested = item.children.flatMap((c) => (c.type === 'list' ? listItems(c, depth + 1, context) : []));
    return [...(plainText(inline).trim().length > 0 ? [own] : []), ...nested];
  });
}

/** Only blocks (a heading inside a quote or admonition reads as a paragraph of its text). */
function innerBlocks(
  nodes: readonly (BlockContent | DefinitionContent | RootContent)[],
  context: InlineContext,
): Block[] {
  return readItems(nodes, context).flatMap((item): Block[] =>
    item.kind === 'block'
      ? [item.block]
      : [{ kind: 'paragraph', inline: [{ type: 'text', value: item.text }] }],
  );
}

function readNode(node: RootContent, context: InlineContext): DocumentItem[] {
  const blocks = (list: Block[]): DocumentItem[] => list.map((block) => ({ kind: 'block', block }));
  switch (node.type) {
    case 'heading': {
      const raw = plainText(readInline(node.children, context)).trim();
      const custom = CUSTOM_ID.exec(raw);
      const text = custom ? raw.slice(0, custom.index).trim() : raw;
      return text.length === 0
        ? []
        : [{ kind: 'heading', depth: node.depth, text, ...(custom?.[1] ? { slug: custom[1] } : {}) }];
    }
    case 'paragraph':
      return blocks(paragraphBlock(node, context));
    case 'code':
      return node.value.trim().length === 0
        ? []
        : blocks([
            {
              kind: 'code',
              code: node.value,
              ...(node.lang ? { language: node.lang } : {}),
              ...(codeTitle(node.meta) === undefined ? {} : { title: codeTitle(node.meta) }),
            },
          ]);
    case 'list':
      if (!isSimpleList(node)) return node.children.flatMap((item) => readItems(item.children, context));
      {
        const items = listItems(node, 0, context);
        return items.length === 0 ? [] : blocks([{ kind: 'list', items }]);
      }
    case 'table': {
      const [head, ...rows] = node.children.map((row) =>
        row.children.map((cell) => trimInline(readInline(cell.children, context))),
      );
      return blocks([{ kind: 'table', header: head ?? [], rows }]);
    }
    case 'blockquote': {
      const alert = readAlert(node);
      const inner = innerBlocks(alert?.children ?? node.children, context);
      if (inner.length === 0) return [];
      return blocks([
        alert
          ? { kind: 'admonition', admonition: alert.kind, blocks: inner }
          : { kind: 'quote', blocks: inner },
      ]);
    }
    case 'containerDirective': {
      const label = node.children.find((c) => c.type === 'paragraph' && c.data?.directiveLabel === true);
      const rest = node.children.filter((c) => c !== label);
      const kind = ADMONITIONS[node.name.toLowerCase()];
      // An unknown container (`::: code-group`) is a wrapper: its content reads as the document's.
      if (kind === undefined) return readItems(rest, context);
      const inner = innerBlocks(rest, context);
      const title = label?.type === 'paragraph' ? plainText(readInline(label.children, context)).trim() : '';
      return inner.length === 0 && title.length === 0
        ? []
        : blocks([{ kind: 'admonition', admonition: kind, ...(title ? { title } : {}), blocks: inner }]);
    }
    case 'html': {
      // A README's `<h1 align="center">Name</h1>` is its title line, as `# Name` would be.
      const heading = readHtmlHeading(node.value);
      if (heading === undefined)
        return readHtmlBlock(node.value).flatMap((p) => blocks(paragraphBlock(p, context)));
      const text = heading.paragraphs
        .map((p) => plainText(readInline(p.children, context)).trim())
        .join(' ')
        .trim();
      return text.length === 0 ? [] : [{ kind: 'heading', depth: heading.depth, text }];
    }
    case 'mdxJsxFlowElement':
      // A component is not content; the Markdown it wraps is.
      return readItems(node.children, context);
    case 'leafDirective':
      // `::name` on its own line is almost always prose the parser took for a directive.
      return blocks(
        paragraphBlock(
          {
            type: 'paragraph',
            children: [
              {
                type: 'text',
                value: context.source.slice(node.position?.start.offset ?? 0, node.position?.end.offset ?? 0),
              },
            ],
          },
          context,
        ),
      );
    default:
      // Front matter, link definitions, thematic breaks, import/export lines, `{expressions}`, footnotes.
      return [];
  }
}

/** Reads mdast block content, in order, into headings and content-model blocks. */
export function readItems(nodes: readonly RootContent[], context: InlineContext): DocumentItem[] {
  return withoutNavigation(nodes).flatMap((node) => readNode(node, context));
}
