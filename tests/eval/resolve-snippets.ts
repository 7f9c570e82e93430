import { parseDocument } from '../../src/content/parse-document.js';
import type { KnowledgeBase } from '../../src/content/knowledge-base.js';

const squash = (text: string): string => text.replace(/\s+/gu, ' ').trim();

/**
 * The forms a snippet of a page's source takes in passage text: as written, and as the compiler
 * reads it (Markdown syntax such as `* ` and backticks gone), each with its whitespace squashed.
 */
function formsOf(snippet: string): string[] {
  const read = parseDocument({ file: 'snippet.md', text: snippet })
    .passages.map((p) => p.text)
    .join(' ');
  return [...new Set([squash(snippet), squash(read)])].filter((f) => f.length > 0);
}

/**
 * The passages whose source contains a verbatim snippet of a page (tests/eval/docs): those whose
 * text holds it, as written or as read, or — for a heading's text — the passages of that section.
 */
export function passagesWithSnippet(kb: KnowledgeBase, snippet: string): string[] {
  const forms = formsOf(snippet);
  const inText = kb.passages.filter((p) => {
    const text = squash(p.text);
    return forms.some((f) => text.includes(f));
  });
  if (inText.length > 0) return inText.map((p) => p.id);
  const heading = squash(snippet.replace(/^#+\s*/u, ''));
  return kb.passages.filter((p) => p.section !== undefined && squash(p.section) === heading).map((p) => p.id);
}
