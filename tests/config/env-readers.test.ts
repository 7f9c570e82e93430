/** Nothing in src/ reads process.env except the config module (STYLE.md, "Config and input"). */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

// The one reader: it loads .env and hands process.env to parseConfig (which takes a plain record).
const ALLOWED = ['src/config/load-config.ts'];

/** Every TypeScript file under a folder, relative to the repository root. */
function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
    .map((entry) => relative(ROOT, join(entry.parentPath, entry.name)));
}

const isProcess = (node: ts.Node): boolean =>
  (ts.isIdentifier(node) && node.text === 'process') ||
  (ts.isPropertyAccessExpression(node) && node.name.text === 'process');

/** Whether this node reads the environment: `process.env`, `process['env']`, `{ env } = process`, `import { env } from 'node:process'`. */
function readsEnvironment(node: ts.Node): boolean {
  if (ts.isPropertyAccessExpression(node)) return node.name.text === 'env' && isProcess(node.expression);
  if (ts.isElementAccessExpression(node))
    return (
      ts.isStringLiteralLike(node.argumentExpression) &&
      node.argumentExpression.text === 'env' &&
      isProcess(node.expression)
    );
  if (ts.isVariableDeclaration(node) && ts.isObjectBindingPattern(node.name) && node.initializer)
    return (
      isProcess(node.initializer) &&
      node.name.elements.some((e) => (e.propertyName ?? e.name).getText() === 'env')
    );
  if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier))
    return (
      ['process', 'node:process'].includes(node.moduleSpecifier.text) &&
      /\benv\b/.test(node.importClause?.namedBindings?.getText() ?? '')
    );
  return false;
}

/** The lines of a file that read the environment. */
function environmentReads(file: string): number[] {
  const text = readFileSync(join(ROOT, file), 'utf8');
  // Every form above spells `env` as a word; skipping files without one spares parsing the word lists.
  if (!/\benv\b/.test(text)) return [];
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const lines: number[] = [];
  const visit = (node: ts.Node): void => {
    if (readsEnvironment(node)) lines.push(source.getLineAndCharacterOfPosition(node.getStart()).line + 1);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return lines;
}

describe('process.env', () => {
  it('is read only by the config module', () => {
    const readers = sourceFiles('src').flatMap((file) =>
      environmentReads(file).map((line) => `${file}:${line}`),
    );
    expect(readers.filter((at) => !ALLOWED.includes(at.split(':')[0] ?? ''))).toEqual([]);
  });

  it('is read by the config module, so the scan finds what it looks for', () => {
    expect(environmentReads(ALLOWED[0] ?? '')).not.toEqual([]);
  });
});
