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

/** Parses `# Title` then paragraphs separated by blank lines; other headings are skipped. */
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

  const blocks: string[] = [];
  let current: string[] = [];
  const flush = (): void => {
    if (current.length > 0) blocks.push(current.join(' '));
    current = [];
  };
  for (const line of lines.slice(titleMatch ? firstLine + 1 : 0)) {
    const text = line.trim();
    if (text.length === 0 || /^#{1,6}\s/u.test(text)) flush();
    else current.push(text);
  }
  flush();

  const passages = blocks.map((text, i): Passage => {
    const id = `p${i + 1}`;
    const sentences = splitSentences(text).map((s, k) => ({ id: `${id}.s${k + 1}`, text: s }));
    return { id, kind: 'paragraph', text, source: `article ¶${i + 1}`, sentences };
  });
  if (passages.length === 0) {
    problems.push({ file: FILE, entry: 'body', reason: 'the article has no paragraphs after its title' });
  }
  return { title, passages, problems };
}
