import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { ConfigError } from './config-error.js';
import { expectedOf } from './parse-config.js';

/**
 * What is wrong with a content folder before anything in it is read (`/abs/path does not exist`),
 * or null when it is an existing folder. The tools say this rather than blame a file inside a
 * folder that was never there.
 */
export function contentFolderProblem(dir: string): string | null {
  const path = resolve(dir);
  try {
    return statSync(path).isDirectory() ? null : `${path} is not a folder`;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === 'ENOENT' || code === 'ENOTDIR' ? `${path} does not exist` : `${path} cannot be read`;
  }
}

/**
 * Refuses a CONTENT_DIR that is not an existing folder, naming the variable and the path (a content
 * folder is no secret): otherwise the content compiler reports missing files inside a folder that
 * was never there.
 */
export function checkContentDir(dir: string): void {
  const problem = contentFolderProblem(dir);
  if (problem !== null)
    throw new ConfigError([
      { variable: 'CONTENT_DIR', expected: `${expectedOf('CONTENT_DIR')} (${problem})` },
    ]);
}
