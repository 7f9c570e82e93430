import { findAcronyms } from './find-acronyms.js';
import type { Equivalence, GlossaryEntry, Passage } from './knowledge-base.js';
import { expansionsOfTerm } from './parse-glossary.js';

/** Names that mean the same: each glossary expansion, and acronyms the text defines in brackets. */
export function findEquivalences(
  glossary: readonly GlossaryEntry[],
  passages: readonly Passage[],
): Equivalence[] {
  const found = new Map<string, Equivalence>();
  for (const g of glossary) {
    for (const [short, long] of expansionsOfTerm(g.term))
      found.set(`${short}|${long}`.toLowerCase(), [short, long]);
  }
  for (const passage of passages) {
    for (const { acronym, expansion } of findAcronyms(passage.text)) {
      found.set(`${acronym}|${expansion}`.toLowerCase(), [acronym, expansion]);
    }
  }
  return [...found.values()];
}
