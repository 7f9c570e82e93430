import type { Definition, PhrasingContent, RootContent } from 'mdast';
import type { Inline } from './knowledge-base.js';
import { componentName, htmlComponentName } from './read-component.js';

/** What inline reading needs from its document: its public page and its link definitions. */
export interface InlineContext {
  /** The document's front-matter `url`, against which relative links resolve. */
  readonly baseUrl?: string;
  /** `[text][label]` references, by their normalised identifier. */
  readonly definitions: ReadonlyMap<string, Definition>;
  /** The document's source, for syntax the parser took for a directive by accident (`Class:method`). */
  readonly source: string;
}

/** An absolute http(s) URL for a link target, resolved against the base URL; undefined otherwise. */
export function resolveLink(target: string, baseUrl: string | undefined): string | undefined {
  try {
    const url = baseUrl === undefined ? new URL(target) : new URL(target, baseUrl);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

// A soft line break reads as a space, as Markdown renders it.
const softBreaks = (value: string): string => value.replace(/[ \t]*\r?\n[ \t]*/gu, ' ');

function sourceOf(node: RootContent, context: InlineContext): string {
  const { start, end } = node.position ?? {};
  return start?.offset === undefined || end?.offset === undefined
    ? ''
    : context.source.slice(start.offset, end.offset);
}

function readOne(node: PhrasingContent, context: InlineContext): Inline[] {
  switch (node.type) {
    case 'text':
      return [{ type: 'text', value: softBreaks(node.value) }];
    case 'inlineCode':
      return [{ type: 'code', value: node.value }];
    case 'strong':
    case 'emphasis':
    case 'delete':
      return [{ type: node.type, children: readInline(node.children, context) }];
    case 'break':
      return [{ type: 'break' }];
    case 'link':
    case 'linkReference': {
      const children = readInline(node.children, context);
      const target = node.type === 'link' ? node.url : context.definitions.get(node.identifier)?.url;
      const url = target === undefined ? undefined : resolveLink(target, context.baseUrl);
      // A link that cannot be followed from Discord keeps its text.
      return url === undefined ? children : [{ type: 'link', url, children }];
    }
    case 'mdxJsxTextElement': {
      // A component is not content; the text it wraps is, or the API name an empty one renders.
      if (node.children.length > 0) return readInline(node.children, context);
      const attributes = new Map(
        node.attributes.flatMap((a) =>
          a.type === 'mdxJsxAttribute' && typeof a.value === 'string' ? [[a.name, a.value] as const] : [],
        ),
      );
      const name = componentName(attributes);
      return name === undefined ? [] : [{ type: 'code', value: name }];
    }
    case 'html': {
      const name = htmlComponentName(node.value);
      return name === undefined ? [] : [{ type: 'code', value: name }];
    }
    case 'textDirective':
      // `TextChannel:Class` is prose, not a directive: keep what the author wrote.
      return [{ type: 'text', value: softBreaks(sourceOf(node, context)) }];
    default:
      // Raw HTML tags and comments, images, footnote references and `{expressions}` are not content.
      return [];
  }
}

/** Reads mdast phrasing content into the content model's inline nodes; adjacent text is merged. */
export function readInline(nodes: readonly PhrasingContent[], context: InlineContext): Inline[] {
  const out: Inline[] = [];
  for (const node of nodes) {
    for (const inline of readOne(node, context)) {
      const last = out.at(-1);
      if (inline.type === 'text' && last?.type === 'text')
        out[out.length - 1] = { type: 'text', value: last.value + inline.value };
      else out.push(inline);
    }
  }
  return out;
}

/** The plain text of inline content, as the engine reads it (a line break reads as a space). */
export function plainText(inline: readonly Inline[]): string {
  let text = '';
  for (const node of inline) {
    if (node.type === 'text' || node.type === 'code') text += node.value;
    else if (node.type === 'break') text += ' ';
    else text += plainText(node.children);
  }
  return text;
}

/** Trims the inline content's outer whitespace (left by a dropped tag or a marker). */
export function trimInline(inline: readonly Inline[]): Inline[] {
  const out = [...inline];
  while (out[0]?.type === 'break') out.shift();
  while (out.at(-1)?.type === 'break') out.pop();
  const first = out[0];
  if (first?.type === 'text') out[0] = { type: 'text', value: first.value.trimStart() };
  const last = out.at(-1);
  if (last?.type === 'text') out[out.length - 1] = { type: 'text', value: last.value.trimEnd() };
  return out.filter((node) => node.type !== 'text' || node.value.length > 0);
}
