import { join } from 'node:path';
import type { ContentProblem } from './content-error.js';
import { listDocuments } from './list-documents.js';
import type { DocumentSource } from './parse-document.js';
import { readContentFile } from './read-content-file.js';

/**
 * The raw text of a content folder's files; the optional glossary and questions are undefined when
 * absent. `article` is the text of a lone `article.md` (tests pass strings); `documents` lists every
 * document read, by path.
 */
export interface ContentFiles {
  readonly article?: string;
  readonly documents?: readonly DocumentSource[];
  readonly glossary?: string;
  readonly questions?: string;
}

// Callers and tests see the size cap where they read content.
export { MAX_CONTENT_FILE_BYTES } from './read-content-file.js';

/** Reads every document (see listDocuments) and the optional glossary.md and questions.json. */
export async function readContentFiles(
  dir: string,
): Promise<{ files: ContentFiles; problems: ContentProblem[] }> {
  const problems: ContentProblem[] = [];
  // Not a regular file, over the size cap or not read in time is a problem too (readContentFile).
  const read = async (name: string): Promise<string | undefined> => {
    try {
      const outcome = await readContentFile(join(dir, name));
      if (outcome.ok) return outcome.text;
      if (!outcome.missing) problems.push({ file: name, entry: 'file', reason: outcome.reason });
      return undefined;
    } catch (error) {
      problems.push({
        file: name,
        entry: 'file',
        reason: `cannot be read: ${error instanceof Error ? error.message : String(error)}`,
      });
      return undefined;
    }
  };
  let names: string[] = [];
  try {
    names = await listDocuments(dir);
  } catch (error) {
    const reason =
      error instanceof Error && 'code' in error && error.code === 'ENOENT'
        ? 'does not exist'
        : `cannot be listed: ${error instanceof Error ? error.message : String(error)}`;
    problems.push({ file: dir, entry: 'folder', reason });
  }
  const [glossary, questions, ...texts] = await Promise.all([
    read('glossary.md'),
    read('questions.json'),
    ...names.map((name) => read(name)),
  ]);
  const documents = names.flatMap((file, i) => {
    const text = texts[i];
    return text === undefined ? [] : [{ file, text }];
  });
  return { files: { documents, glossary, questions }, problems };
}
