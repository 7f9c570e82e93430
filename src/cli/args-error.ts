import { UsageError } from './usage-error.js';

/**
 * node:util parseArgs's error as a UsageError in our words: its own message for an unknown option
 * ends in an unbalanced quote (`as in '-- "--bogus"`), and for `--days -1` it says "ambiguous".
 * `positionals`: a hint for tools that take them, on how to pass one that starts with a dash.
 */
export function argsError(error: unknown, positionals?: string): UsageError {
  const message = error instanceof Error ? error.message : String(error);
  const option = /^Unknown option '([^']*)'/u.exec(message)?.[1];
  if (option !== undefined)
    return new UsageError(`unknown option ${option}${positionals === undefined ? '' : ` (${positionals})`}`);
  const unexpected = /^Unexpected argument '([^']*)'/u.exec(message)?.[1];
  if (unexpected !== undefined)
    return new UsageError(`unexpected argument ${unexpected}: this tool takes options only`);
  const missing = /^Option '(?:-\w, )?(--[\w-]+)[^']*' argument missing/u.exec(message)?.[1];
  if (missing !== undefined) return new UsageError(`${missing} needs a value`);
  return new UsageError(message.split('\n')[0] ?? message);
}

/**
 * `--days -1` as `--days=-1`: parseArgs reads a value starting with a dash as a forgotten value, so
 * the tool could not say what is wrong with a negative number.
 */
export function joinNegativeValues(argv: readonly string[], options: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const next = argv[i + 1];
    if (options.includes(arg) && next !== undefined && /^-\d/u.test(next)) {
      out.push(`${arg}=${next}`);
      i++;
    } else out.push(arg);
  }
  return out;
}
