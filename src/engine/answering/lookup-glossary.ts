import Fuse from 'fuse.js';
import type { GlossaryEntry } from '../../content/knowledge-base.js';
import type { IndexedKnowledgeBase } from '../indexing/build-index.js';
import { cleanQuestion } from '../query/clean-question.js';
import { foldWord } from '../query/tokenize.js';
import type { CitedPassage, RelatedQuestion } from './answer.js';
import { citeWholePassage } from './cite-passage.js';

/** A glossary term found by name: its definition, cited, and the question that answers with it. */
export interface GlossaryDefinition {
  /** The term as written in the glossary, e.g. `GPU (Graphics Processing Unit)`. */
  readonly term: string;
  /** The Q&A entry that answers with the definition ("What is GPU?"); null only if none does. */
  readonly entryId: string | null;
  readonly passage: CitedPassage;
}

/** The definition a term names, or the questions about the closest terms when none matches. */
export interface GlossaryLookup {
  readonly definition: GlossaryDefinition | null;
  readonly closest: readonly RelatedQuestion[];
}

const MAX_CLOSEST = 3;
const fold = (text: string): string => text.split(/\s+/u).map(foldWord).join(' ').trim();

/** The Q&A entry that answers with a glossary term's passage: its own "What is X?" first. */
function definingEntry(ikb: IndexedKnowledgeBase, g: GlossaryEntry): RelatedQuestion | null {
  const { entries } = ikb.kb;
  const entry =
    entries.find((e) => e.origin === 'glossary' && e.passageIds.includes(g.passageId)) ??
    entries.find((e) => e.passageIds.includes(g.passageId));
  return entry ? { id: entry.id, question: entry.question } : null;
}

function defineTerm(ikb: IndexedKnowledgeBase, g: GlossaryEntry): GlossaryDefinition {
  const passageIndex = ikb.kb.passages.findIndex((p) => p.id === g.passageId);
  // The compiler gives every term its passage; the definition alone stands in should one go missing.
  const passage = citeWholePassage(ikb, passageIndex) ?? {
    id: g.passageId,
    text: g.definition,
    source: `glossary: ${g.names[0] ?? g.term}`,
    highlights: [],
    sentences: [],
  };
  return { term: g.term, entryId: definingEntry(ikb, g)?.id ?? null, passage };
}

function closestTerms(glossary: readonly GlossaryEntry[], wanted: string): GlossaryEntry[] {
  if (wanted.length === 0) return glossary.slice(0, MAX_CLOSEST);
  const names = glossary.flatMap((g) => g.names.map((name) => ({ name, g })));
  const fuse = new Fuse(names, { keys: ['name'], includeScore: true, ignoreLocation: true, threshold: 0.6 });
  const closest: GlossaryEntry[] = [];
  for (const hit of fuse.search(wanted.slice(0, 64))) {
    if (!closest.includes(hit.item.g)) closest.push(hit.item.g);
    if (closest.length >= MAX_CLOSEST) break;
  }
  return closest;
}

/**
 * Finds a glossary term by any of its names (case, accents and spacing ignored) and cites its
 * definition; else offers the questions about the closest names (fuse.js). Pure; never throws.
 */
export function lookupGlossary(ikb: IndexedKnowledgeBase, term: string): GlossaryLookup {
  const wanted = fold(cleanQuestion(typeof term === 'string' ? term : ''));
  const glossary = ikb.kb.glossary;
  const found = glossary.find(
    (g) => g.names.some((name) => fold(name) === wanted) || fold(g.term) === wanted,
  );
  if (found) return { definition: defineTerm(ikb, found), closest: [] };
  const closest = closestTerms(glossary, wanted).flatMap((g) => definingEntry(ikb, g) ?? []);
  return { definition: null, closest };
}
