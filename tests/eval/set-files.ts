import { readdirSync } from 'node:fs';

/** The question sets of one folder (its `.json` files), sorted by name, as paths from the repository root. */
export function setPathsIn(folder: string): string[] {
  return readdirSync(folder)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => `${folder}/${name}`);
}

/** A question set's name: `debug` for tests/eval/readmes/debug.json. */
export const setName = (path: string): string => path.replace(/^.*\//u, '').replace(/\.json$/u, '');
