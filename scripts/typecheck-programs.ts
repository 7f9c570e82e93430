// `npm run typecheck` (`tsc -b tsconfig.tests.json`) through TypeScript's build API instead of its
// CLI, keeping the checked programs: scripts/typecheck-and-lint.ts gives them to ESLint, whose typed
// rules then ask the checker that has already checked every file instead of building and checking a
// program of their own (about 30 s of CPU).
import ts from 'typescript';

const SOLUTION = 'tsconfig.tests.json';
/** The solution's projects in build order: src/ (its reference), then the tests, scripts and configs. */
const PROJECTS = ['tsconfig.build.json', SOLUTION];

export interface Typecheck {
  readonly ok: boolean;
  /** What `tsc -b` would print: the errors, with their code frames. */
  readonly report: string;
  /** The programs of the solution's projects (src/, then the tests, scripts and configs). */
  readonly programs: readonly ts.Program[];
}

const FORMAT_HOST: ts.FormatDiagnosticsHost = {
  getCanonicalFileName: (fileName) => fileName,
  getCurrentDirectory: () => ts.sys.getCurrentDirectory(),
  getNewLine: () => ts.sys.newLine,
};

/** The project's program without building it, for a project `tsc -b` found up to date. */
function programOf(configPath: string): ts.Program {
  const config = ts.getParsedCommandLineOfConfigFile(configPath, undefined, {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
      throw new Error(ts.formatDiagnostic(diagnostic, FORMAT_HOST));
    },
  });
  if (!config) throw new Error(`cannot read ${configPath}`);
  return ts.createProgram({
    rootNames: config.fileNames,
    options: config.options,
    ...(config.projectReferences ? { projectReferences: config.projectReferences } : {}),
  });
}

/** Builds and checks the solution as `tsc -b tsconfig.tests.json` does (dist/ and its build info included). */
export function typecheck(): Typecheck {
  const diagnostics: ts.Diagnostic[] = [];
  const host = ts.createSolutionBuilderHost(ts.sys, undefined, (d) => diagnostics.push(d));
  const builder = ts.createSolutionBuilder(host, [SOLUTION], {});
  const built = new Map<string, ts.Program>();
  let failed = false;
  for (let next = builder.getNextInvalidatedProject(); next; next = builder.getNextInvalidatedProject()) {
    const program = next.kind === ts.InvalidatedProjectKind.Build ? next.getProgram() : undefined;
    if (program) built.set(next.project, program);
    if (next.done() !== ts.ExitStatus.Success) failed = true;
  }
  // The solution's reference, then the solution; one `tsc -b` found up to date is read, not built.
  const programs = PROJECTS.map((path) => built.get(ts.sys.resolvePath(path)) ?? programOf(path));
  const errors = diagnostics.filter((d) => d.category === ts.DiagnosticCategory.Error);
  return {
    ok: !failed && errors.length === 0,
    report: ts.formatDiagnosticsWithColorAndContext(diagnostics, FORMAT_HOST),
    programs,
  };
}
