import { checkContentDir, contentFolderProblem } from '../config/check-content-dir.js';
import { ToolError } from './report-fatal.js';

/**
 * The folder a tool reads (`--content DIR`, else CONTENT_DIR), checked to exist first: a missing one
 * is said to be missing, naming the option or variable and the path, instead of the compiler blaming
 * a file inside it. Throws ToolError or ConfigError (one line, exit 1).
 */
export function contentFolderOf(tool: string, option: string | undefined, fromEnv: () => string): string {
  if (option === undefined) {
    const dir = fromEnv();
    checkContentDir(dir);
    return dir;
  }
  const problem = contentFolderProblem(option);
  if (problem !== null)
    throw new ToolError(`${tool}: --content needs an existing content folder: ${problem}`);
  return option;
}
