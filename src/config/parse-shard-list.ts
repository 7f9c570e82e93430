/**
 * SHARD_LIST, checked before anything is expanded: an id like 99999999999999999999999 or a range
 * like 0-20000000 would otherwise loop for ever or fill the heap before any error could be shown.
 */
export type ShardListResult = { readonly ids: readonly number[] } | { readonly problem: string };

/** Parses "0-2,5" into [0, 1, 2, 5]; every id must be below `count`, every range ascending. */
export function parseShardList(text: string, count: number): ShardListResult {
  const ids = new Set<number>();
  for (const part of text.split(',')) {
    const [from, to = from] = part.split('-').map(Number);
    if (from === undefined || to === undefined || !Number.isSafeInteger(from) || !Number.isSafeInteger(to)) {
      return { problem: 'shard ids such as "0,1,2" or "0-3"' };
    }
    if (from > to) return { problem: 'ascending ranges such as "1-3" (not "3-1")' };
    // Bounded by count (itself at most MAX_SHARD_COUNT), so the loop below stays small.
    if (to >= count) return { problem: 'shard ids below SHARD_COUNT' };
    for (let id = from; id <= to; id++) ids.add(id);
  }
  return { ids: [...ids].sort((a, b) => a - b) };
}
