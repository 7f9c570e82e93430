import { writeFile } from 'node:fs/promises';
import type { IndexedKnowledgeBase } from '../engine/index.js';
import { buildReview } from '../review/build-review.js';
import { toReviewJson } from '../review/review-json.js';
import { renderReviewText } from '../review/render-review-text.js';
import { suggestPhrasings } from '../review/suggest-phrasings.js';
import type { Activity, ActivityQuery } from '../store/records.js';
import { suggestPathProblem } from './check-suggest-path.js';
import { parseReviewArgs, REVIEW_USAGE, UsageError, type ReviewArgs } from './parse-review-args.js';

/** What `npm run review` needs from the outside world; the entry point wires the real ones. */
export interface ReviewIo {
  /** The content folder to use when --content is not given. */
  readonly defaultContentDir: () => string;
  readonly loadKnowledge: (dir: string) => Promise<IndexedKnowledgeBase>;
  /** Reads activity from the store and closes it; throws (one-line message) when it cannot. */
  readonly readActivity: (query: ActivityQuery) => Promise<Activity>;
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
}

const oneLine = (error: unknown): string =>
  (error instanceof Error ? error.message : String(error)).replace(/\s+/gu, ' ').trim();

function usage(io: ReviewIo, message: string): number {
  io.stderr(`review: ${message}\n\n${REVIEW_USAGE}\n`);
  return 2;
}

/**
 * The review CLI: 0 after printing the report, 2 with the usage for bad arguments (nothing read,
 * nothing written), 1 with one line when the store cannot be read. Bad content or config throw
 * (the entry point reports them and exits 1).
 */
export async function runReview(argv: readonly string[], io: ReviewIo): Promise<number> {
  let args: ReviewArgs;
  try {
    args = parseReviewArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    return usage(io, error.message);
  }
  if (args.help) {
    io.stdout(`${REVIEW_USAGE}\n`);
    return 0;
  }
  const suggestProblem = args.suggestFile === undefined ? null : suggestPathProblem(args.suggestFile);
  if (suggestProblem !== null) return usage(io, `--suggest: ${suggestProblem}`);
  const knowledge = await io.loadKnowledge(args.contentDir ?? io.defaultContentDir());
  let activity: Activity;
  try {
    activity = await io.readActivity({ days: args.days, guildId: args.guildId });
  } catch (error) {
    io.stderr(`review: cannot read stored activity: ${oneLine(error)}\n`);
    return 1;
  }
  const review = buildReview(activity, knowledge, { days: args.days, guildId: args.guildId });
  io.stdout(args.json ? `${JSON.stringify(toReviewJson(review))}\n` : `${renderReviewText(review)}\n`);
  if (args.suggestFile !== undefined) {
    const { file, uncovered } = suggestPhrasings(review.declinedGroups, knowledge);
    try {
      // 'wx': never replaces a file that appeared since the check above.
      await writeFile(args.suggestFile, `${JSON.stringify(file, null, 2)}\n`, { flag: 'wx' });
    } catch (error) {
      io.stderr(`review: --suggest: cannot write ${args.suggestFile}: ${oneLine(error)}\n`);
      return 1;
    }
    io.stderr(
      `review: wrote ${file.questions.length} suggested question(s) to ${args.suggestFile}; edit them and merge ` +
        `into questions.json, then run npm run validate-content` +
        (uncovered.length > 0
          ? `. ${uncovered.length} large group(s) come close to no passage: the content does not cover them.\n`
          : '.\n'),
    );
  }
  return 0;
}
