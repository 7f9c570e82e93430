import { accessSync, constants, existsSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

/**
 * What stops `--suggest FILE` from being written, checked before anything is read so a typo'd or
 * unwritable path never costs a run (nor overwrites a file); null when it can be created.
 */
export function suggestPathProblem(file: string): string | null {
  if (existsSync(file)) return `${file} already exists; name a new file`;
  const folder = dirname(resolve(file));
  let isFolder = false;
  try {
    isFolder = statSync(folder).isDirectory();
  } catch {
    // Missing or unreadable: said below.
  }
  if (!isFolder) return `cannot write ${file}: the folder ${folder} does not exist`;
  try {
    accessSync(folder, constants.W_OK);
  } catch {
    return `cannot write ${file}: the folder ${folder} is not writable`;
  }
  return null;
}
