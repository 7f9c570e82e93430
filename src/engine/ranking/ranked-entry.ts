/** How well one entry answers a question. */
export interface RankedEntry {
  readonly entryIndex: number;
  /** Share of the question's information (idf-weighted) that the entry covers, 0..1. */
  readonly coverage: number;
  /** Share of the entry's closest phrasing that the question covers, 0..1 (computed for the leaders only). */
  readonly reverseCoverage: number;
  /** The idf-weighted amount of the question the entry covers, counting only words that can name a topic. */
  readonly evidence: number;
  /** Keys of the entry that the question matched, for highlighting (computed for the leaders only). */
  readonly matchedKeys: readonly string[];
  readonly score: number;
}
