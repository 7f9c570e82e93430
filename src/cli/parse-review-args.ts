import { parseArgs } from 'node:util';
import { argsError, joinNegativeValues } from './args-error.js';
import { UsageError } from './usage-error.js';

export { UsageError };

/** What `npm run review` was asked to do. */
export interface ReviewArgs {
  readonly days: number;
  readonly guildId: string | undefined;
  readonly json: boolean;
  readonly suggestFile: string | undefined;
  readonly contentDir: string | undefined;
  readonly help: boolean;
}

/** Days a report may cover: as long as QUESTION_RETENTION_DAYS may keep rows. */
export const MAX_REVIEW_DAYS = 3650;
export const DEFAULT_REVIEW_DAYS = 30;

export const REVIEW_USAGE = `Usage: npm run --silent review -- [options]

Reports what the bot was asked: answered and declined counts, declined questions grouped by
wording with the passage each group comes closest to, the answers with the most 👎, and counts
per day.

Options:
  --days N         the last N days, today included (UTC; 1 to ${MAX_REVIEW_DAYS}, default ${DEFAULT_REVIEW_DAYS})
  --guild ID       one server only (default: every server and DMs)
  --json           print one JSON object instead of text
  --suggest FILE   also write the largest declined groups as questions.json entries to FILE
                   (a new file), pointing at their closest passages, to edit and merge
  --content DIR    the content folder to read passages from (default: $CONTENT_DIR or ./content)
  -h, --help       show this help`;

/** Parses the review CLI's arguments; throws UsageError for anything it does not understand. */
export function parseReviewArgs(argv: readonly string[]): ReviewArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: joinNegativeValues(argv, ['--days', '--guild']),
      allowPositionals: false,
      strict: true,
      options: {
        days: { type: 'string' },
        guild: { type: 'string' },
        json: { type: 'boolean', default: false },
        suggest: { type: 'string' },
        content: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    throw argsError(error);
  }
  const { values } = parsed;
  if (values.help === true)
    return {
      days: DEFAULT_REVIEW_DAYS,
      guildId: undefined,
      json: false,
      suggestFile: undefined,
      contentDir: undefined,
      help: true,
    };
  return {
    days: parseDays(values.days),
    guildId: parseGuild(values.guild),
    json: values.json === true,
    suggestFile: nonEmpty(values.suggest, '--suggest needs a file name'),
    contentDir: nonEmpty(values.content, '--content needs a folder'),
    help: false,
  };
}

function parseDays(raw: string | undefined): number {
  if (raw === undefined) return DEFAULT_REVIEW_DAYS;
  const days = /^\d{1,4}$/u.test(raw.trim()) ? Number(raw.trim()) : NaN;
  if (!(days >= 1 && days <= MAX_REVIEW_DAYS))
    throw new UsageError(
      `--days must be a whole number from 1 to ${MAX_REVIEW_DAYS}, not ${JSON.stringify(raw)}`,
    );
  return days;
}

function parseGuild(raw: string | undefined): string | undefined {
  if (raw === undefined) return undefined;
  if (!/^\d{1,20}$/u.test(raw.trim())) throw new UsageError('--guild must be a server id (digits only)');
  return raw.trim();
}

function nonEmpty(raw: string | undefined, problem: string): string | undefined {
  if (raw !== undefined && raw.trim() === '') throw new UsageError(problem);
  return raw;
}
