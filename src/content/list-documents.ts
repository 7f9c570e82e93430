import { readdir } from 'node:fs/promises';
import { join } from 'node:path';

const DOCUMENT = /\.mdx?$/iu;
// The glossary is read as a glossary; the others are documents.
const NOT_DOCUMENTS = new Set(['glossary.md']);

/**
 * The documents of a content folder: every `.md` and `.mdx` entry in it and its subfolders, by path
 * (with `/`), except the top-level glossary.md. Dot-folders and node_modules are not content. An
 * entry named like a document is listed whatever it is, so a directory or FIFO called `faq.md` is
 * refused by name when it is read, never skipped in silence.
 */
export async function listDocuments(dir: string, under = ''): Promise<string[]> {
  const entries = await readdir(join(dir, under), { withFileTypes: true });
  const found: string[] = [];
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const path = under === '' ? entry.name : `${under}/${entry.name}`;
    if (DOCUMENT.test(entry.name)) {
      if (!(under === '' && NOT_DOCUMENTS.has(entry.name))) found.push(path);
    } else if (entry.isDirectory() && !entry.name.startsWith('.') && entry.name !== 'node_modules')
      found.push(...(await listDocuments(dir, path)));
  }
  return found;
}
