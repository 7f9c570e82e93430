import { ConfigError } from '../config/config-error.js';
import { ContentError } from '../content/content-error.js';

/** A problem a tool explains in its own words (one line, no stack); it exits 1. */
export class ToolError extends Error {
  override readonly name = 'ToolError';
}

/** Prints why a command-line tool cannot go on and returns its exit code: 1 for bad content or config. */
export function reportFatal(error: unknown): number {
  if (error instanceof ContentError || error instanceof ConfigError || error instanceof ToolError) {
    process.stderr.write(`${error.message}\n`);
    return 1;
  }
  process.stderr.write(
    `Unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  return 1;
}
