import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// The README and the handbook in docs/ name npm scripts and environment variables; a rename that
// forgets them leaves a newcomer typing a command that does not exist. This keeps them honest.
const markdownFiles = (): string[] => {
  const docs = (() => {
    try {
      return readdirSync('docs', { recursive: true, encoding: 'utf8' })
        .filter((f) => f.endsWith('.md'))
        .map((f) => join('docs', f));
    } catch {
      return [];
    }
  })();
  return ['README.md', ...docs];
};

const scripts = Object.keys(
  (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts,
);
const exampleVariables = new Set(
  [...readFileSync('.env.example', 'utf8').matchAll(/^#?\s*([A-Z][A-Z0-9_]+)=/gmu)].map((m) => m[1]),
);

// Variables the docs may name that are not the bot's configuration (set by npm, CI or the shell).
const NOT_CONFIGURATION = new Set(['CI', 'PATH', 'HOME', 'PGPASSWORD', 'NODE_OPTIONS', 'DEBIAN_FRONTEND']);

/** `npm run X` and `npm run --silent X` mentioned in a text. */
export function npmScriptsNamed(text: string): string[] {
  return [...text.matchAll(/npm run (?:--silent |-s )?([a-z][\w:-]*)/gu)].map((m) => m[1] ?? '');
}

/** Environment variables named in a text: `NAME=` assignments and `NAME` in backticks. */
export function variablesNamed(text: string): string[] {
  const assigned = [...text.matchAll(/\b([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)=/gu)].map((m) => m[1] ?? '');
  const quoted = [...text.matchAll(/`([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)(?:=[^`]*)?`/gu)].map((m) => m[1] ?? '');
  return [...assigned, ...quoted];
}

describe('the docs name only what exists', () => {
  it('finds scripts and variables in a text (the scanners themselves)', () => {
    expect(npmScriptsNamed('run `npm run --silent ask -- x` or npm run bench:e2e.')).toEqual([
      'ask',
      'bench:e2e',
    ]);
    expect(variablesNamed('set `DATA_DIR` or CONTENT_DIR=dir, not `PATH`')).toEqual([
      'CONTENT_DIR',
      'DATA_DIR',
    ]);
  });

  it.each(markdownFiles())('%s: every `npm run X` is a script in package.json', (file) => {
    const missing = npmScriptsNamed(readFileSync(file, 'utf8')).filter((s) => !scripts.includes(s));
    expect(missing).toEqual([]);
  });

  it.each(markdownFiles())('%s: every variable it names is in .env.example', (file) => {
    const missing = variablesNamed(readFileSync(file, 'utf8')).filter(
      (v) => !exampleVariables.has(v) && !NOT_CONFIGURATION.has(v),
    );
    expect([...new Set(missing)]).toEqual([]);
  });
});
