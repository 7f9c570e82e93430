import type { ContentProblem } from './content-error.js';
import type { Passage } from './knowledge-base.js';
import { splitSentences } from './split-sentences.js';

/** The article's title and paragraphs, or what is wrong with it. */
export interface ParsedArticle {
  readonly title: string;
  readonly passages: Passage[];
  readonly problems: ContentProblem[];
}

const FILE = 'article.md';
// `## Economy`, `### Trade ###`: the heading's text, without a closing run of #s.
const HEADING = /^#{1,6}\s+(.*?)(?:\s+#+)?\s*$/u;

/** Parses `# Title` then paragraphs separated by blank lines; later headings name the sections of the paragraphs below them. */
export function parseArticle(markdown: string): ParsedArticle {
  const problems: ContentProblem[] = [];
  const lines = markdown.replace(/^\uFEFF/u, '').split(/\r?\n/u);
  const firstLine = lines.findIndex((l) => l.trim().length > 0);
  // A closing run of #s needs a space before it, so "# Learning C#" keeps its "#".
  const titleMatch = /^#\s+(.+?)(?:\s+#+)?\s*$/u.exec(lines[firstLine] ?? '');
  const title = titleMatch?.[1]?.trim() ?? '';
  if (!titleMatch || title.length === 0) {
    problems.push({
      file: FILE,
      entry: `line ${Math.max(1, firstLine + 1)}`,
      reason: 'missing title: the first line must be "# Title"',
    });
  }

  // Paragraphs with the heading they stand under: `##` and deeper headings name sections.
  const blocks: { text: string; section: string | undefined }[] = [];
  let current: string[] = [];
  let section: string | undefined;
  const flush = (): void => {
    if (current.length > 0) blocks.push({ text: current.join(' '), section });
    current = [];
  };
  for (const line of lines.slice(titleMatch ? firstLine + 1 : 0)) {
    const text = line.trim();
    const heading = HEADING.exec(text);
    if (text.length === 0 || heading) flush();
    if (heading) section = heading[1]?.trim() || undefined;
    else if (text.length > 0) current.push(text);
  }
  flush();

  const passages = blocks.map(({ text, section: name }, i): Passage => {
    const id = `p${i + 1}`;
    const sentences = splitSentences(text).map((s, k) => ({ id: `${id}.s${k + 1}`, text: s }));
    const source = name === undefined ? `article ¶${i + 1}` : `article § ${name} ¶${i + 1}`;
    return {
      id,
      kind: 'paragraph',
      text,
      source,
      sentences,
      ...(name === undefined ? {} : { section: name }),
    };
  });
  if (passages.length === 0) {
    problems.push({ file: FILE, entry: 'body', reason: 'the article has no paragraphs after its title' });
  }
  return { title, passages, problems };
}
