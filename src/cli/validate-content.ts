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
    // Every file read, so a document that was not picked up is noticed.
    for (const doc of kb.documents) {
      const passages = kb.passages.filter((p) => p.documentId === doc.id).length;
      const note = doc.readAsMarkdown ? ' (not valid MDX: read as Markdown)' : '';
      process.stdout.write(`  ${doc.file}: "${doc.title}", ${passages} passages${note}\n`);
    }
    if (kb.glossary.length > 0) process.stdout.write(`  glossary.md: ${kb.glossary.length} terms\n`);
  }
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (error: unknown) => (process.exitCode = reportFatal(error)),
);
