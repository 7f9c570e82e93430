import { statSync } from 'node:fs';
import { ConfigError } from './config-error.js';
import { expectedOf } from './parse-config.js';

/**
 * Refuses a CONTENT_DIR that is not an existing folder, naming the variable: otherwise the content
 * compiler reports missing files inside a folder that was never there, with a stack trace.
 */
export function checkContentDir(dir: string): void {
  let isFolder = false;
  try {
    isFolder = statSync(dir).isDirectory();
  } catch {
    // Missing or unreadable: refused below.
  }
  if (!isFolder) throw new ConfigError([{ variable: 'CONTENT_DIR', expected: expectedOf('CONTENT_DIR') }]);
}
