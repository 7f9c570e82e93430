import type { ContentProblem } from './content-error.js';
import type { Passage } from './knowledge-base.js';
import { parseDocument, type DocumentSource, type ParsedDocument } from './parse-document.js';
import type { ContentFiles } from './read-content-files.js';

const byFile = (a: DocumentSource, b: DocumentSource): number =>
  a.file < b.file ? -1 : a.file > b.file ? 1 : 0;

/**
 * Parses every document of a folder, by path. A lone `article.md` is cited as `article` (`article
 * ¶3`); in a folder of several documents, or under another name, a document is cited by its title
 * (`FAQ § How do I ban a user? ¶3`). A folder with no document at all is a problem.
 */
export function parseDocuments(files: ContentFiles, problems: ContentProblem[]): ParsedDocument[] {
  const sources = [
    ...(files.article === undefined ? [] : [{ file: 'article.md', text: files.article }]),
    ...(files.documents ?? []),
  ].sort(byFile);
  if (sources.length === 0 && !problems.some((p) => /\.mdx?$/iu.test(p.file)))
    problems.push({
      file: '.',
      entry: 'folder',
      reason: 'no document: the folder and its subfolders have no .md or .mdx file besides glossary.md',
    });
  const lone = sources.length === 1 && sources[0]?.file === 'article.md';
  const documents = sources.map((source) => parseDocument(source, lone ? () => 'article' : undefined));
  const owners = new Map<string, string>();
  for (const { info, problems: own } of documents) {
    problems.push(...own);
    const other = owners.get(info.id);
    if (other !== undefined)
      problems.push({
        file: info.file,
        entry: 'file',
        reason: `its passage ids would collide with ${other}'s (both are "${info.id}"): rename one`,
      });
    owners.set(info.id, info.file);
  }
  return documents;
}

/** Passage ids must be unique across documents and the glossary (`g.md`'s `g-p1` against a term `p1`). */
export function duplicatePassages(passages: readonly Passage[]): ContentProblem[] {
  const seen = new Map<string, Passage>();
  const problems: ContentProblem[] = [];
  for (const passage of passages) {
    const other = seen.get(passage.id);
    // Two glossary terms with one id are glossary.md's own problem, reported there.
    if (other && (other.documentId !== undefined || passage.documentId !== undefined))
      problems.push({
        file: passage.documentId === undefined ? 'glossary.md' : '.',
        entry: passage.id,
        reason: `${other.source} and ${passage.source} share this passage id: rename a document or a term`,
      });
    seen.set(passage.id, passage);
  }
  return problems;
}
