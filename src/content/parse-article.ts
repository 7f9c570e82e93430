import type { ContentProblem } from './content-error.js';
import type { Passage } from './knowledge-base.js';
import { parseDocument } from './parse-document.js';

/** The article's title and passages, or what is wrong with it. */
export interface ParsedArticle {
  readonly title: string;
  readonly passages: Passage[];
  readonly problems: ContentProblem[];
}

/** Parses a lone `article.md` (cited as `article ¶3`, `article § Economy ¶12`); see parseDocument. */
export function parseArticle(markdown: string): ParsedArticle {
  const { info, passages, problems } = parseDocument({ file: 'article.md', text: markdown }, () => 'article');
  return { title: info.title, passages, problems };
}
