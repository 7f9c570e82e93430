// `npm run lint:code` (`eslint .`, eslint.config.js as it is) with the TypeScript files' type
// information taken from programs already checked (scripts/typecheck-programs.ts) instead of the
// project service building and checking tsconfig.json's program again. Same files, same rules; the
// two JavaScript configs keep the project service's default project.
import { ESLint } from 'eslint';
import type ts from 'typescript';

export interface Lint {
  readonly ok: boolean;
  /** What `eslint .` would print. */
  readonly report: string;
}

export async function lintOnPrograms(programs: readonly ts.Program[]): Promise<Lint> {
  const eslint = new ESLint({
    overrideConfig: {
      files: ['**/*.ts'],
      languageOptions: { parserOptions: { projectService: false, programs: [...programs] } },
    },
  });
  const results = await eslint.lintFiles(['.']);
  const formatter = await eslint.loadFormatter('stylish');
  return {
    ok: results.every((r) => r.errorCount === 0 && r.fatalErrorCount === 0),
    report: await formatter.format(results),
  };
}
