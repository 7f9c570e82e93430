// The baseline every eval run prints beside the engine: plain paragraph BM25 (Porter stemmer, a
// standard English stopword list, k1 1.2, b 0.75) that always answers with its best paragraph.
import { stemmer } from 'stemmer';

// The English stopword list of NLTK (179 words, apostrophes dropped as the tokenizer drops them).
const STOPWORDS = new Set(
  `i me my myself we our ours ourselves you youre youve youll youd your yours yourself yourselves he him his
himself she shes her hers herself it its itself they them their theirs themselves what which who whom this
that thatll these those am is are was were be been being have has had having do does did doing a an the and
but if or because as until while of at by for with about against between into through during before after
above below to from up down in out on off over under again further then once here there when where why how
all any both each few more most other some such no nor not only own same so than too very s t can will just
don dont should shouldve now d ll m o re ve y ain aren arent couldn couldnt didn didnt doesn doesnt hadn hadnt
hasn hasnt haven havent isn isnt ma mightn mightnt mustn mustnt needn neednt shan shant shouldn shouldnt wasn
wasnt weren werent won wont wouldn wouldnt`.split(/\s+/u),
);

const K1 = 1.2;
const B = 0.75;

/** Lowercased word stems of a text, stopwords left out. */
export function bm25Terms(text: string): string[] {
  const words =
    text
      .toLowerCase()
      .replace(/['’]/gu, '')
      .match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.filter((w) => !STOPWORDS.has(w)).map((w) => stemmer(w));
}

/** Ranks paragraphs for a question; build once per pack. */
export interface Bm25Index {
  /** Paragraph indexes best first (ties in text order); empty when no word matches. */
  rank(question: string): number[];
}

export function buildBm25(paragraphs: readonly string[]): Bm25Index {
  const docs = paragraphs.map((text) => {
    const counts = new Map<string, number>();
    const terms = bm25Terms(text);
    for (const t of terms) counts.set(t, (counts.get(t) ?? 0) + 1);
    return { counts, length: terms.length };
  });
  const df = new Map<string, number>();
  for (const d of docs) for (const t of d.counts.keys()) df.set(t, (df.get(t) ?? 0) + 1);
  const n = docs.length;
  const average = docs.reduce((sum, d) => sum + d.length, 0) / Math.max(1, n);
  return {
    rank(question) {
      const terms = [...new Set(bm25Terms(question))];
      const scored = docs.map((d, i) => {
        let score = 0;
        for (const t of terms) {
          const tf = d.counts.get(t) ?? 0;
          if (tf === 0) continue;
          const f = df.get(t) ?? 0;
          const idf = Math.log(1 + (n - f + 0.5) / (f + 0.5));
          score += (idf * tf * (K1 + 1)) / (tf + K1 * (1 - B + (B * d.length) / average));
        }
        return { i, score };
      });
      return scored
        .filter((s) => s.score > 0)
        .sort((a, b) => b.score - a.score || a.i - b.i)
        .map((s) => s.i);
    },
  };
}
