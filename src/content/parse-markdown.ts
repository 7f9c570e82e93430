import type { Root } from 'mdast';
import remarkDirective from 'remark-directive';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { markVuepressContainers, restoreVerbatim } from './mark-containers.js';

/** How a document's text was read: `.md` as Markdown, `.mdx` as MDX, or an invalid `.mdx` as Markdown. */
export type MarkdownFormat = 'markdown' | 'mdx' | 'mdx-as-markdown';

// CommonMark + GFM, YAML front matter and container directives; MDX adds JSX and import/export lines.
const markdown = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkFrontmatter, ['yaml'])
  .use(remarkDirective);
const mdx = unified()
  .use(remarkParse)
  .use(remarkMdx)
  .use(remarkGfm)
  .use(remarkFrontmatter, ['yaml'])
  .use(remarkDirective);

function parseWith(processor: typeof markdown, text: string): Root {
  // VuePress writes `::: tip Title`, which the directive syntax does not accept: its marker lines are
  // rewritten before parsing, and put back where the parse found them to be code.
  const marked = markVuepressContainers(text);
  const tree = processor.parse(marked.text);
  restoreVerbatim(tree, marked.rewrites);
  return tree;
}

/** Parses a document into mdast; a `.mdx` that is not valid MDX is read as Markdown (with HTML) instead. */
export function parseMarkdown(text: string, mdxFile: boolean): { tree: Root; format: MarkdownFormat } {
  if (!mdxFile) return { tree: parseWith(markdown, text), format: 'markdown' };
  try {
    return { tree: parseWith(mdx, text), format: 'mdx' };
  } catch {
    // MDX refuses what Markdown accepts (an HTML comment, a stray `<` or `{`): the page is still content.
    return { tree: parseWith(markdown, text), format: 'mdx-as-markdown' };
  }
}
