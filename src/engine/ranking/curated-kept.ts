import type { IndexedKnowledgeBase } from '../indexing/build-index.js';
import type { ResolvedQuery } from '../query/resolve-query.js';
import { missedNameShare } from './missed-names.js';
import { unknownOrdinaryShare } from './unknown-ordinary.js';

/** What the decision reads of an entry for a curated entry's discounts. */
export interface CuratedShares {
  /** An entry whose questions the author wrote (curated). */
  readonly curated: boolean;
  /** The share of the question in names the content uses that the entry says nowhere (missed-names.ts). */
  readonly missedName: number;
  /** The share of the question in ordinary words the content never uses (unknown-ordinary.ts). */
  readonly unknownOrdinary: number;
}

/** Reads an entry's shares for the discounts below. */
export function curatedSharesOf(
  ikb: IndexedKnowledgeBase,
  query: ResolvedQuery,
  entryIndex: number,
): CuratedShares {
  return {
    curated: ikb.entries[entryIndex]?.entry.origin === 'curated',
    missedName: missedNameShare(ikb, query, entryIndex),
    unknownOrdinary: unknownOrdinaryShare(query),
  };
}

/**
 * The share of its own-coverage reading a curated entry keeps: it answers less a question about a name
 * it says nowhere (missed-names.ts) or about a thing the content never talks about ("eggs",
 * unknown-ordinary.ts), however many of the question's other words its phrasings share. Other entries
 * keep it all: headings and bare paragraphs were not written to answer questions.
 */
export function curatedKept(
  reading: CuratedShares,
  decision: { readonly missedNameDiscount: number; readonly unknownOrdinaryDiscount: number },
): number {
  if (!reading.curated) return 1;
  const lessOf = (discount: number, share: number): number => Math.max(0, 1 - discount * share);
  return (
    lessOf(decision.missedNameDiscount, reading.missedName) *
    lessOf(decision.unknownOrdinaryDiscount, reading.unknownOrdinary)
  );
}
