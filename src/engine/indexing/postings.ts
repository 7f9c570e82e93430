/** The passages (ascending) that contain one key, how often, and in which of their sentences. */
export interface Postings {
  readonly passages: number[];
  readonly counts: number[];
  /** Bit `s` set when sentence `s` of the passage has the key (sentences past 31 share bit 31). */
  readonly sentenceMasks: number[];
}

/**
 * Records one occurrence of a key in sentence `sentence` of passage `p` ('all': in every sentence, as
 * a section heading's words are); passages must come in ascending order.
 */
export function addOccurrence(
  map: Map<string, Postings>,
  key: string,
  p: number,
  sentence: number | 'all',
): void {
  let postings = map.get(key);
  if (!postings) {
    postings = { passages: [], counts: [], sentenceMasks: [] };
    map.set(key, postings);
  }
  const bit = sentence === 'all' ? -1 : 1 << Math.min(31, sentence);
  const last = postings.passages.length - 1;
  if (postings.passages[last] === p) {
    postings.counts[last] = (postings.counts[last] ?? 0) + 1;
    postings.sentenceMasks[last] = (postings.sentenceMasks[last] ?? 0) | bit;
  } else {
    postings.passages.push(p);
    postings.counts.push(1);
    postings.sentenceMasks.push(bit);
  }
}

function positionOf(postings: Postings | undefined, p: number): number {
  if (!postings) return -1;
  let low = 0;
  let high = postings.passages.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const at = postings.passages[mid] ?? 0;
    if (at === p) return mid;
    if (at < p) low = mid + 1;
    else high = mid - 1;
  }
  return -1;
}

/** How often passage `p` contains the key (binary search), 0 when it does not. */
export function countIn(postings: Postings | undefined, p: number): number {
  const i = positionOf(postings, p);
  return i < 0 ? 0 : (postings?.counts[i] ?? 0);
}

/** The sentences of passage `p` that contain the key, as a bit mask (0 when none). */
export function sentencesIn(postings: Postings | undefined, p: number): number {
  const i = positionOf(postings, p);
  return i < 0 ? 0 : (postings?.sentenceMasks[i] ?? 0);
}
