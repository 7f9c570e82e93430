import type { Definition } from 'mdast';
import { visit } from 'unist-util-visit';
import type { ContentProblem } from './content-error.js';
import { readFrontMatter } from './front-matter.js';
import { groupPassages, type Section } from './group-passages.js';
import type { DocumentInfo, Passage } from './knowledge-base.js';
import { parseMarkdown, type MarkdownFormat } from './parse-markdown.js';
import { readItems } from './read-blocks.js';

/** One document of a content folder, as read from disk. */
export interface DocumentSource {
  /** The path relative to the content folder: `article.md`, `guide/faq.mdx`. */
  readonly file: string;
  readonly text: string;
}

/** A parsed document: what it is, its passages and sections, how it was read, or what is wrong with it. */
export interface ParsedDocument {
  readonly info: DocumentInfo;
  readonly passages: Passage[];
  readonly sections: Section[];
  readonly format: MarkdownFormat;
  readonly problems: ContentProblem[];
}

/** A document's id from its path: `article.md` → `article`, `guide/FAQ.mdx` → `guide-faq`. */
export function documentIdOf(file: string): string {
  return (
    file
      .replace(/\.mdx?$/iu, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/gu, '-')
      .replace(/^-+|-+$/gu, '') || 'document'
  );
}

const fileName = (file: string): string =>
  file
    .split('/')
    .at(-1)
    ?.replace(/\.mdx?$/iu, '') ?? file;

/**
 * Parses one document. Its title is the front matter's `title:`, else its leading `# Title`, else its
 * file name. `citeAs` names it in citations (`article`, or the title when the folder has several).
 */
export function parseDocument(source: DocumentSource, citeAs?: (title: string) => string): ParsedDocument {
  const text = source.text.replace(/^\uFEFF/u, '').replace(/\r\n?/gu, '\n');
  const { tree, format } = parseMarkdown(text, /\.mdx$/iu.test(source.file));
  const problems: ContentProblem[] = [];
  const front = readFrontMatter(tree);
  for (const reason of front.problems) problems.push({ file: source.file, entry: 'front matter', reason });

  const definitions = new Map<string, Definition>();
  visit(tree, 'definition', (node) => void definitions.set(node.identifier, node));
  const context = {
    definitions,
    source: text,
    ...(front.frontMatter.url ? { baseUrl: front.frontMatter.url } : {}),
  };
  const items = readItems(tree.children, context);
  // The leading `# Title` is the title line, not a section heading.
  const first = items[0];
  const titleLine = first?.kind === 'heading' && first.depth === 1 ? first.text : undefined;
  const title = front.frontMatter.title ?? titleLine ?? fileName(source.file);
  const id = documentIdOf(source.file);
  const info: DocumentInfo = {
    id,
    file: source.file,
    title,
    ...(front.frontMatter.url ? { url: front.frontMatter.url } : {}),
    ...(format === 'mdx-as-markdown' ? { readAsMarkdown: true as const } : {}),
  };
  const { passages, sections } = groupPassages(titleLine === undefined ? items : items.slice(1), {
    documentId: id,
    idPrefix: source.file === 'article.md' ? 'p' : `${id}-p`,
    label: citeAs?.(title) ?? title,
    ...(info.url ? { url: info.url } : {}),
    ...(titleLine === undefined ? {} : { titleHeading: titleLine }),
  });
  if (passages.length === 0)
    problems.push({
      file: source.file,
      entry: 'body',
      reason: 'the document has no content after its title',
    });
  return { info, passages, sections, format, problems };
}
