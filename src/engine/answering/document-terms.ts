import type { Analyzer } from '../query/analyzer.js';

/** The index keys of a text's terms, and where each stands (`spans[2i]`, `spans[2i + 1]`). */
export interface DocumentTerms {
  readonly keys: readonly string[];
  readonly spans: Int32Array;
}

// An answer highlights the same few passages again and again: analyzing a passage anew for each
// question made a third of what a question allocated, and the scavenges it caused made the
// latency tail. Kept per analyzer (one per knowledge base), compact, and cleared when full.
const cacheOf = new WeakMap<Analyzer, Map<string, DocumentTerms>>();
const CACHE_SIZE = 2_000;

/** The document-mode terms of `text`, as `analyzer.analyze(text, 'document')` gives them, remembered. */
export function documentTerms(analyzer: Analyzer, text: string): DocumentTerms {
  let cache = cacheOf.get(analyzer);
  if (!cache) cacheOf.set(analyzer, (cache = new Map<string, DocumentTerms>()));
  let terms = cache.get(text);
  if (terms === undefined) {
    const analyzed = analyzer.analyze(text, 'document');
    const spans = new Int32Array(analyzed.length * 2);
    analyzed.forEach((term, i) => {
      spans[2 * i] = term.start;
      spans[2 * i + 1] = term.end;
    });
    terms = { keys: analyzed.map((term) => term.key), spans };
    if (cache.size >= CACHE_SIZE) cache.clear();
    cache.set(text, terms);
  }
  return terms;
}
