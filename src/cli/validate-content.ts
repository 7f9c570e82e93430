// `npm run validate-content [-- DIR ...]`: compiles content folders and reports what is wrong, without running the bot.
import { compileContent } from '../content/compile-content.js';
import { loadConfig } from '../config/load-config.js';
import { reportFatal } from './report-fatal.js';

async function main(dirs: readonly string[]): Promise<number> {
  for (const dir of dirs.length > 0 ? dirs : [loadConfig().contentDir]) {
    const kb = await compileContent(dir);
    const curated = kb.entries.filter((e) => e.origin === 'curated').length;
    process.stdout.write(
      `${dir}: OK — "${kb.title}", ${kb.passages.length} passages, ${kb.glossary.length} glossary terms, ` +
        `${kb.entries.length} questions (${curated} curated)\n`,
    );
  }
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (error: unknown) => (process.exitCode = reportFatal(error)),
);
