import { readdirSync } from 'node:fs';

const READMES = 'tests/eval/readmes';

/**
 * The npm READMEs' question sets (tests/eval/readmes): a check on pages nobody tuned for, reported by
 * `npm run eval` and never gated, cross-validated or chosen on (tests/eval/readmes/README.md).
 */
export function readmeSetPaths(): string[] {
  return readdirSync(READMES)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => `${READMES}/${name}`);
}

/** A README set's name: `debug` for tests/eval/readmes/debug.json. */
export const readmeSetName = (path: string): string => path.replace(/^.*\//u, '').replace(/\.json$/u, '');
