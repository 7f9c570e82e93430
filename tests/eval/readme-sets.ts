import { setPathsIn } from './set-files.js';

/**
 * The npm READMEs' question sets (tests/eval/readmes): a check on pages nobody tuned for, reported by
 * `npm run eval` and never gated, cross-validated or chosen on (tests/eval/readmes/README.md).
 */
export const readmeSetPaths = (): string[] => setPathsIn('tests/eval/readmes');
