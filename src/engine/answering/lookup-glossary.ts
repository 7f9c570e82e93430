import Fuse from 'fuse.js';
import type { GlossaryEntry } from '../../content/knowledge-base.js';
import type { IndexedKnowledgeBase } from '../indexing/build-index.js';
import { cleanQuestion } from '../query/clean-question.js';
import { foldWord } from '../query/tokenize.js';

/** The glossary entry a term names, or the closest ones when none matches. */
export interface GlossaryLookup {
  readonly entry: GlossaryEntry | null;
  readonly closest: readonly GlossaryEntry[];
}

const MAX_CLOSEST = 3;
const fold = (text: string): string => text.split(/\s+/u).map(foldWord).join(' ').trim();

/** Finds a glossary entry by any of its names (case, accents and spacing ignored), else the closest names (fuse.js). */
export function lookupGlossary(ikb: IndexedKnowledgeBase, term: string): GlossaryLookup {
  const wanted = fold(cleanQuestion(typeof term === 'string' ? term : ''));
  const glossary = ikb.kb.glossary;
  const entry =
    glossary.find((g) => g.names.some((name) => fold(name) === wanted) || fold(g.term) === wanted) ?? null;
  if (entry || wanted.length === 0) return { entry, closest: entry ? [] : glossary.slice(0, MAX_CLOSEST) };

  const names = glossary.flatMap((g) => g.names.map((name) => ({ name, g })));
  const fuse = new Fuse(names, { keys: ['name'], includeScore: true, ignoreLocation: true, threshold: 0.6 });
  const closest: GlossaryEntry[] = [];
  for (const hit of fuse.search(wanted.slice(0, 64))) {
    if (!closest.includes(hit.item.g)) closest.push(hit.item.g);
    if (closest.length >= MAX_CLOSEST) break;
  }
  return { entry: null, closest };
}
