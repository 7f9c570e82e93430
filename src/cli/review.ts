// `npm run review`: what the bot was asked, declined questions grouped by wording, most 👎, per day.
import { loadConfig } from '../config/load-config.js';
import { loadKnowledge } from '../load-knowledge.js';
import { readStoredActivity } from './read-stored-activity.js';
import { reportFatal } from './report-fatal.js';
import { runReview } from './run-review.js';

runReview(process.argv.slice(2), {
  defaultContentDir: () => loadConfig().contentDir,
  loadKnowledge,
  readActivity: (query) => readStoredActivity(loadConfig(), query),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
}).then(
  (code) => (process.exitCode = code),
  (error: unknown) => (process.exitCode = reportFatal(error)),
);
