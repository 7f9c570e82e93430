import type { GlossaryEntry } from '../content/knowledge-base.js';
import type { IndexedKnowledgeBase } from './build-index.js';

/** The glossary entry a term names, or the closest ones when none matches. */
export interface GlossaryLookup {
  readonly entry: GlossaryEntry | null;
  readonly closest: readonly GlossaryEntry[];
}

/** TEMPORARY STUB. */
export function lookupGlossary(ikb: IndexedKnowledgeBase, term: string): GlossaryLookup {
  const entry = ikb.kb.glossary.find((g) => g.names.some((n) => n.toLowerCase() === term.toLowerCase())) ?? null;
  return { entry, closest: entry ? [] : ikb.kb.glossary.slice(0, 3) };
}
