import type { IndexedKnowledgeBase } from '../indexing/build-index.js';
import { documentTitles } from '../indexing/document-titles.js';
import type { QueryUnit } from '../query/resolve-query.js';

/**
 * Per entry, the share of the question (by the ranking's word weights, 0..1) its document's title
 * says, or undefined when it tells no document apart (one document, or no title says a word of the
 * question). In a folder of pages, "how do i load all the event files" asks the page _Event
 * handling_, though _Command handling_'s "Loading command files" says "load" and "files" as well.
 * An entry of no document (the glossary, shared by all) gets the best document's share: the title
 * favours no document over it. The text of a document beside its title was tried and lost questions.
 */
export function documentPrior(
  ikb: IndexedKnowledgeBase,
  units: readonly QueryUnit[],
  weights: readonly number[],
  totalIdf: number,
): ((entryIndex: number) => number) | undefined {
  const { documentOf, titleKeys } = documentTitles(ikb);
  if (titleKeys.length < 2 || totalIdf <= 0) return undefined;
  const shares = titleKeys.map((keys) => {
    let said = 0;
    units.forEach((u, i) => {
      let best = 0;
      for (const a of u.alternatives) if (keys.has(a.key)) best = Math.max(best, a.weight);
      said += (weights[i] ?? 0) * best;
    });
    return said / totalIdf;
  });
  const top = Math.max(...shares);
  if (top === 0) return undefined;
  return (entryIndex) => shares[documentOf[entryIndex] ?? -1] ?? top;
}
