// `npm run validate-content [-- DIR ...]`: compiles content folders and reports what is wrong, without running the bot.
import { contentFolderProblem } from '../config/check-content-dir.js';
import { loadConfig } from '../config/load-config.js';
import { compileContent } from '../content/compile-content.js';
import { ContentError } from '../content/content-error.js';
import { reportFatal } from './report-fatal.js';

/** One folder's verdict: the OK line on stdout, or what is wrong with it on stderr. */
async function validate(dir: string): Promise<boolean> {
  const missing = contentFolderProblem(dir);
  if (missing !== null) {
    process.stderr.write(`${dir}: not a content folder: ${missing}\n`);
    return false;
  }
  try {
    const kb = await compileContent(dir);
    const curated = kb.entries.filter((e) => e.origin === 'curated').length;
    process.stdout.write(
      `${dir}: OK — "${kb.title}", ${kb.passages.length} passages, ${kb.glossary.length} glossary terms, ` +
        `${kb.entries.length} questions (${curated} curated)\n`,
    );
    // Every file read, so a document that was not picked up is noticed.
    for (const doc of kb.documents) {
      const passages = kb.passages.filter((p) => p.documentId === doc.id).length;
      const note = doc.readAsMarkdown ? ' (not valid MDX: read as Markdown)' : '';
      process.stdout.write(`  ${doc.file}: "${doc.title}", ${passages} passages${note}\n`);
    }
    if (kb.glossary.length > 0) process.stdout.write(`  glossary.md: ${kb.glossary.length} terms\n`);
    return true;
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    process.stderr.write(`${error.message}\n`);
    return false;
  }
}

// Every folder is checked, a broken one does not hide the next; exit 1 if any failed.
async function main(dirs: readonly string[]): Promise<number> {
  let failed = 0;
  for (const dir of dirs.length > 0 ? dirs : [loadConfig().contentDir]) if (!(await validate(dir))) failed++;
  if (failed > 0 && dirs.length > 1)
    process.stderr.write(`${failed} of ${dirs.length} content folders failed\n`);
  return failed > 0 ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (error: unknown) => (process.exitCode = reportFatal(error)),
);
