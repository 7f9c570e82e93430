import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ContentProblem } from './content-error.js';

/** The raw text of a content folder's files; the optional glossary and questions are undefined when absent. */
export interface ContentFiles {
  readonly article?: string;
  readonly glossary?: string;
  readonly questions?: string;
}

async function readOptional(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    if (error instanceof Error && 'code' in error && error.code === 'ENOENT') return undefined;
    throw error;
  }
}

/** Reads article.md and the optional glossary.md and questions.json; a missing article is a problem. */
export async function readContentFiles(
  dir: string,
): Promise<{ files: ContentFiles; problems: ContentProblem[] }> {
  const problems: ContentProblem[] = [];
  const read = async (name: string, required: boolean): Promise<string | undefined> => {
    try {
      const text = await readOptional(join(dir, name));
      if (text === undefined && required)
        problems.push({ file: name, entry: 'file', reason: `missing: ${join(dir, name)} does not exist` });
      return text;
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
