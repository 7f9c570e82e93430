import type { Analyzer } from '../query/analyzer.js';
import type { Highlight } from './answer.js';

/** Character ranges of a passage whose words matched the question, merged where adjacent. */
export function highlightPassage(
  analyzer: Analyzer,
  text: string,
  matchedKeys: ReadonlySet<string>,
): Highlight[] {
  const ranges: Highlight[] = [];
  for (const term of analyzer.analyze(text, 'document')) {
    if (!matchedKeys.has(term.key)) continue;
    const last = ranges[ranges.length - 1];
    if (last && term.start <= last.end + 1)
      ranges[ranges.length - 1] = { start: last.start, end: Math.max(last.end, term.end) };
    else ranges.push({ start: term.start, end: term.end });
  }
  return ranges;
}
