/** What a curated entry's readings hold that its discounts read. */
interface CuratedShares {
  readonly curated: boolean;
  readonly missedName: number;
  readonly unknownOrdinary: number;
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
