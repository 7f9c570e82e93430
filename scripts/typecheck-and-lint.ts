// `npm test`'s `typecheck` and `lint:code` in one process (scripts/run-tests.ts): the TypeScript
// programs `tsc -b` checks are the ones ESLint's typed rules ask, so every file is parsed and checked
// once, not twice (about 30 s of CPU less than the two commands). Tells its parent (an IPC message,
// `{ typecheck: boolean }`) as soon as the typecheck has passed or failed, so the tests can start on
// the dist/ it built while ESLint runs; prints what each would print; exits 1 if either failed.
import { lintOnPrograms } from './lint-on-programs.js';
import { typecheck } from './typecheck-programs.js';

const checked = typecheck();
process.stdout.write(checked.report);
process.send?.({ typecheck: checked.ok });
const linted = await lintOnPrograms(checked.programs);
process.stdout.write(linted.report);
if (!checked.ok) process.stderr.write('typecheck failed\n');
if (!linted.ok) process.stderr.write('lint:code failed\n');
process.exitCode = checked.ok && linted.ok ? 0 : 1;
