import { join } from 'node:path';
import type { ContentProblem } from './content-error.js';
import { readContentFile } from './read-content-file.js';

/** The raw text of a content folder's files; the optional glossary and questions are undefined when absent. */
export interface ContentFiles {
  readonly article?: string;
  readonly glossary?: string;
  readonly questions?: string;
}

// Callers and tests see the size cap where they read content.
export { MAX_CONTENT_FILE_BYTES } from './read-content-file.js';

/** Reads article.md and the optional glossary.md and questions.json; a missing article is a problem. */
export async function readContentFiles(
  dir: string,
): Promise<{ files: ContentFiles; problems: ContentProblem[] }> {
  const problems: ContentProblem[] = [];
  // Not a regular file, over the size cap or not read in time is a problem too (readContentFile).
  const read = async (name: string, required: boolean): Promise<string | undefined> => {
    try {
      const outcome = await readContentFile(join(dir, name));
      if (outcome.ok) return outcome.text;
      if (!outcome.missing) problems.push({ file: name, entry: 'file', reason: outcome.reason });
      else if (required)
        problems.push({ file: name, entry: 'file', reason: `missing: ${join(dir, name)} does not exist` });
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
  const [article, glossary, questions] = await Promise.all([
    read('article.md', true),
    read('glossary.md', false),
    read('questions.json', false),
  ]);
  return { files: { article, glossary, questions }, problems };
}
