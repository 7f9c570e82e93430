import type { Analyzer } from '../query/analyzer.js';
import type { Highlight } from './answer.js';
import { documentTerms } from './document-terms.js';

/** Character ranges of a passage whose words matched the question, merged where adjacent. */
export function highlightPassage(
  analyzer: Analyzer,
  text: string,
  matchedKeys: ReadonlySet<string>,
): Highlight[] {
  const ranges: Highlight[] = [];
  const { keys, spans } = documentTerms(analyzer, text);
  for (let i = 0; i < keys.length; i++) {
    if (!matchedKeys.has(keys[i] ?? '')) continue;
    const start = spans[2 * i] ?? 0;
    const end = spans[2 * i + 1] ?? 0;
    const last = ranges[ranges.length - 1];
    if (last && start <= last.end + 1)
      ranges[ranges.length - 1] = { start: last.start, end: Math.max(last.end, end) };
    else ranges.push({ start, end });
  }
  return ranges;
}
