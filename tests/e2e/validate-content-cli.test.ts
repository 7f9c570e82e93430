/** `npm run validate-content -- DIR …` checks every folder it is given, and fails if any is broken. */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compiledEntry } from './support/child-bot.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

function validate(dirs: readonly string[]) {
  // Compiled, as compiledEntry says (no tsx start-up per run).
  return spawnSync(process.execPath, [compiledEntry('src/cli/validate-content.ts'), ...dirs], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 60_000,
  });
}

describe('validate-content', () => {
  it('reports every folder, the broken and missing ones too, and exits 1', () => {
    const run = validate([
      'tests/fixtures/packs/broken-article-empty',
      'missing-folder',
      'tests/fixtures/packs/sourdough',
      'tests/fixtures/packs/broken-glossary-duplicate',
    ]);
    expect(run.status).toBe(1);
    // The good folder after two broken ones is still compiled.
    // Each folder's verdict, then (indented) every file it read.
    expect(run.stdout).toBe(
      'tests/fixtures/packs/sourdough: OK — "The history and science of sourdough bread", 11 passages, 5 glossary terms, 16 questions (0 curated)\n' +
        '  article.md: "The history and science of sourdough bread", 6 passages\n' +
        '  glossary.md: 5 terms\n',
    );
    expect(run.stderr).toContain('Content folder tests/fixtures/packs/broken-article-empty is invalid:');
    expect(run.stderr).toMatch(
      /^missing-folder: not a content folder: \/.*\/missing-folder does not exist$/m,
    );
    expect(run.stderr).toContain('Content folder tests/fixtures/packs/broken-glossary-duplicate is invalid:');
    expect(run.stderr).toMatch(/^3 of 4 content folders failed$/m);
    expect(run.stderr).not.toMatch(/^\s+at /m);
  });

  it('exits 0 when every folder compiles', () => {
    const run = validate(['content', 'tests/fixtures/packs/sourdough']);
    expect(run.status).toBe(0);
    const verdicts = run.stdout.split('\n').filter((line) => line.length > 0 && !line.startsWith('  '));
    expect(verdicts.map((line) => line.replace(/: OK — .*$/u, ''))).toEqual([
      'content',
      'tests/fixtures/packs/sourdough',
    ]);
    expect(run.stderr).toBe('');
  });
});
