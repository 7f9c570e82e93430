import { parseArgs } from 'node:util';
import { argsError } from './args-error.js';
import { UsageError } from './usage-error.js';

/** What `npm run ask` was asked to do. */
export interface AskArgs {
  readonly questions: readonly string[];
  readonly json: boolean;
  readonly stdin: boolean;
  readonly contentDir: string | undefined;
  readonly help: boolean;
}

export { UsageError };

export const ASK_USAGE = `Usage: npm run --silent ask -- [options] "question" ["question" ...]

Answers questions about the content folder's documents from the terminal.

Options:
  --json           print one JSON object per question (one line each)
  --stdin          read one question per line from standard input (blank lines are questions too)
  --content DIR    use another content folder (default: $CONTENT_DIR or ./content)
  -h, --help       show this help`;

/** Parses the ask CLI's arguments; throws UsageError for anything it does not understand. */
export function parseAskArgs(argv: readonly string[]): AskArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        json: { type: 'boolean', default: false },
        stdin: { type: 'boolean', default: false },
        content: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    throw argsError(error, 'a question that starts with "-" goes after "--": ask -- "-1 means what?"');
  }
  const { values, positionals } = parsed;
  const args: AskArgs = {
    questions: positionals,
    json: values.json === true,
    stdin: values.stdin === true,
    contentDir: values.content,
    help: values.help === true,
  };
  if (args.help) return args;
  if (args.contentDir !== undefined && args.contentDir.trim() === '')
    throw new UsageError('--content needs a folder');
  if (args.stdin && positionals.length > 0)
    throw new UsageError('give questions either as arguments or with --stdin, not both');
  if (!args.stdin && positionals.length === 0) throw new UsageError('no question given');
  return args;
}
