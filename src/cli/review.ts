// `npm run review`: what the bot was asked, declined questions grouped by wording, most 👎, per day.
import { loadConfig } from '../config/load-config.js';
import { loadKnowledge } from '../knowledge/load-knowledge.js';
import { readStoredActivity } from './read-stored-activity.js';
import { reportFatal } from './report-fatal.js';
import { runReview } from './run-review.js';

const code = await runReview(process.argv.slice(2), {
  defaultContentDir: () => loadConfig().contentDir,
  loadKnowledge,
  readActivity: (query) => readStoredActivity(loadConfig(), query),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
}).catch(reportFatal);
// Exit once the output is written rather than when nothing is left running: a PostgreSQL server that
// refused the handshake (a URL without the password it asks for) leaves the driver's socket open
// until the server's own authentication timeout, a minute later.
process.stdout.write('', () => process.stderr.write('', () => process.exit(code)));
