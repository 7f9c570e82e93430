import type { Highlight } from './answer.js';
import type { IndexedPassage } from './build-index.js';

/** Character ranges of a passage whose words matched the question, merged where adjacent. */
export function highlightPassage(passage: IndexedPassage, matchedKeys: ReadonlySet<string>): Highlight[] {
  const ranges: Highlight[] = [];
  for (const term of passage.terms) {
    if (!matchedKeys.has(term.key)) continue;
    const last = ranges[ranges.length - 1];
    if (last && term.start <= last.end + 1) ranges[ranges.length - 1] = { start: last.start, end: Math.max(last.end, term.end) };
    else ranges.push({ start: term.start, end: term.end });
  }
  return ranges;
}
