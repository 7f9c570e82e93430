/** The passages (ascending) that contain one key, with how often each contains it. */
export interface Postings {
  readonly passages: number[];
  readonly counts: number[];
}

/** Records one occurrence of a key in passage `p`; passages must be added in ascending order. */
export function addOccurrence(map: Map<string, Postings>, key: string, p: number): void {
  let postings = map.get(key);
  if (!postings) {
    postings = { passages: [], counts: [] };
    map.set(key, postings);
  }
  const last = postings.passages.length - 1;
  if (postings.passages[last] === p) postings.counts[last] = (postings.counts[last] ?? 0) + 1;
  else {
    postings.passages.push(p);
    postings.counts.push(1);
  }
}

/** How often passage `p` contains the key (binary search), 0 when it does not. */
export function countIn(postings: Postings | undefined, p: number): number {
  if (!postings) return 0;
  let low = 0;
  let high = postings.passages.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const at = postings.passages[mid] ?? 0;
    if (at === p) return postings.counts[mid] ?? 0;
    if (at < p) low = mid + 1;
    else high = mid - 1;
  }
  return 0;
}
