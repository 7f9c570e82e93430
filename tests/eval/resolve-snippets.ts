import { parseDocument } from '../../src/content/parse-document.js';
import type { KnowledgeBase } from '../../src/content/knowledge-base.js';

const squash = (text: string): string => text.replace(/\s+/gu, ' ').trim();

// Each passage's text squashed once per knowledge base, not once per snippet looked up in it.
const squashedTexts = new WeakMap<KnowledgeBase, readonly string[]>();
function squashedTextsOf(kb: KnowledgeBase): readonly string[] {
  let texts = squashedTexts.get(kb);
  if (!texts) squashedTexts.set(kb, (texts = kb.passages.map((p) => squash(p.text))));
  return texts;
}

/**
 * The forms a snippet of a page's source takes in passage text: as written, and as the compiler
 * reads it (Markdown syntax such as `* ` and backticks gone), each with its whitespace squashed.
 */
function formsOf(snippet: string): readonly string[] {
  let forms = formsBySnippet.get(snippet);
  if (!forms) formsBySnippet.set(snippet, (forms = readForms(snippet)));
  return forms;
}
// A page's snippets are looked up again in its site's set (tests/eval/docs/*-all.json): read each once.
const formsBySnippet = new Map<string, readonly string[]>();
function readForms(snippet: string): string[] {
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
  const texts = squashedTextsOf(kb);
  const inText = kb.passages.filter((_, i) => forms.some((f) => texts[i]?.includes(f)));
  if (inText.length > 0) return inText.map((p) => p.id);
  const heading = squash(snippet.replace(/^#+\s*/u, ''));
  return kb.passages.filter((p) => p.section !== undefined && squash(p.section) === heading).map((p) => p.id);
}
