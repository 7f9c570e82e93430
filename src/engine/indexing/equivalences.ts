import { findAcronyms } from '../../content/find-acronyms.js';
import type { KnowledgeBase } from '../../content/knowledge-base.js';
import { expansionsOfTerm } from '../../content/parse-glossary.js';
import type { Equivalence } from '../query/analyzer.js';

/** Names that mean the same: each glossary expansion, and acronyms the text defines in brackets. */
export function findEquivalences(kb: KnowledgeBase): Equivalence[] {
  const found = new Map<string, Equivalence>();
  for (const g of kb.glossary) {
    for (const [short, long] of expansionsOfTerm(g.term))
      found.set(`${short}|${long}`.toLowerCase(), [short, long]);
  }
  for (const passage of kb.passages) {
    for (const { acronym, expansion } of findAcronyms(passage.text)) {
      found.set(`${acronym}|${expansion}`.toLowerCase(), [acronym, expansion]);
    }
  }
  return [...found.values()];
}
