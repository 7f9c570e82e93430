import type { IndexedKnowledgeBase } from '../indexing/build-index.js';
import { bigramKey, bigramPostings, type PassageIndex } from '../indexing/passage-index.js';
import { countIn, sentencesIn, type Postings } from '../indexing/postings.js';
import type { Alternative, QueryUnit, ResolvedQuery } from '../query/resolve-query.js';
import { TUNING, type Widened } from '../tuning.js';
import { answersType } from './answers-type.js';

/** How relevant each passage's text is to a question, and its best sentence. */
export interface PassageScores {
  /** Passages with any relevance, in no particular order. */
  readonly touched: readonly number[];
  /** `relevance[p]`: the best sentence's score plus a share of the paragraph's (0 when untouched). */
  readonly relevance: Float64Array;
  /** The highest relevance of any passage (0 when none). */
  readonly top: number;
}

interface Scratch {
  passage: Float64Array;
  sentence: Float64Array;
  unitPassage: Float64Array;
  unitSentence: Float64Array;
  relevance: Float64Array;
  /** Per passage, its best sentence's score so far. */
  bestSentence: Float64Array;
  /** 1 for the passages being scored. */
  candidate: Uint8Array;
  /** The passages the previous question touched, to clear before the next. */
  touched: number[];
}

// One scratch area per index, reused across questions so a busy bot does not churn the heap.
const scratchOf = new WeakMap<PassageIndex, Scratch>();

function scratch(index: PassageIndex): Scratch {
  let area = scratchOf.get(index);
  if (!area) {
    const passages = index.passageLengths.length;
    const sentences = index.sentenceLengths.length;
    area = {
      passage: new Float64Array(passages),
      sentence: new Float64Array(sentences),
      unitPassage: new Float64Array(passages),
      unitSentence: new Float64Array(sentences),
      relevance: new Float64Array(passages),
      bestSentence: new Float64Array(passages),
      candidate: new Uint8Array(passages),
      touched: [],
    };
    scratchOf.set(index, area);
  }
  return area;
}

/** The weights text relevance is scored with (TUNING.relevance; evaluation swaps in others to cross-validate). */
export type RelevanceTuning = Widened<typeof TUNING.relevance>;

/** BM25's term-frequency saturation with length normalisation. */
function saturate(tf: number, length: number, average: number, b: number, k1: number): number {
  return (tf * (k1 + 1)) / (tf + k1 * (1 - b + (b * length) / average));
}

function idfOf(df: number, n: number): number {
  return Math.log(1 + (n - df + 0.5) / (df + 0.5));
}

/** The key a question word itself stands for (its spelling corrected), not a synonym's. */
function ownKeyOf(unit: QueryUnit | undefined): string | undefined {
  const first = unit?.alternatives[0];
  return first && (first.via === 'word' || first.via === 'variant' || first.via === 'typo')
    ? first.key
    : undefined;
}

/** How much a match through this alternative counts: a synonym or thesaurus sense is a guess. */
function weightOf({ weight, via }: Alternative, tuning: RelevanceTuning): number {
  if (via === 'thesaurus') return tuning.thesaurusWeight;
  if (via === 'synonym') return tuning.synonymWeight;
  return weight;
}

/** Accumulates BM25 per passage and per sentence, one question term (word or word pair) at a time. */
class Accumulator {
  readonly passages: number[] = [];
  readonly sentences: number[] = [];
  private readonly unitPassages: number[] = [];
  private readonly unitSentences: number[] = [];

  constructor(
    private readonly index: PassageIndex,
    private readonly area: Scratch,
    private readonly tuning: RelevanceTuning,
  ) {}

  /** Adds one key's contribution to passage `p` (tf `count`, sentences `mask`), keeping the best per unit. */
  add(p: number, count: number, mask: number, idf: number): void {
    const { index, area } = this;
    const { paragraphB, sentenceB, k1 } = this.tuning;
    const c = idf * saturate(count, index.passageLengths[p] ?? 0, index.averagePassageLength, paragraphB, k1);
    if ((area.unitPassage[p] ?? 0) === 0) this.unitPassages.push(p);
    if (c > (area.unitPassage[p] ?? 0)) area.unitPassage[p] = c;
    // Within a sentence a word rarely repeats: a sentence counts it once.
    const first = index.firstSentence[p] ?? 0;
    for (let s = 0, bits = mask; bits !== 0; s++, bits >>>= 1) {
      if ((bits & 1) === 0) continue;
      const g = first + s;
      if (index.passageOfSentence[g] !== p) break;
      const cs = idf * saturate(1, index.sentenceLengths[g] ?? 0, index.averageSentenceLength, sentenceB, k1);
      if ((area.unitSentence[g] ?? 0) === 0) this.unitSentences.push(g);
      if (cs > (area.unitSentence[g] ?? 0)) area.unitSentence[g] = cs;
    }
  }

  /** Adds the passages of a key's postings that are among `within`, looking each up when they are few. */
  addPostings(postings: Postings | undefined, weight: number, within: readonly number[]): void {
    if (!postings) return;
    const idf = weight * idfOf(postings.passages.length, this.index.passageLengths.length);
    if (within.length >= postings.passages.length) {
      postings.passages.forEach((p, j) => {
        if (this.area.candidate[p] === 1)
          this.add(p, postings.counts[j] ?? 0, postings.sentenceMasks[j] ?? 0, idf);
      });
      return;
    }
    for (const p of within) {
      const count = countIn(postings, p);
      if (count > 0) this.add(p, count, sentencesIn(postings, p), idf);
    }
  }

  /** Ends a question term: its best contributions join the totals. */
  flush(): void {
    const { area } = this;
    for (const p of this.unitPassages) {
      if ((area.passage[p] ?? 0) === 0) this.passages.push(p);
      area.passage[p] = (area.passage[p] ?? 0) + (area.unitPassage[p] ?? 0);
      area.unitPassage[p] = 0;
    }
    for (const s of this.unitSentences) {
      if ((area.sentence[s] ?? 0) === 0) this.sentences.push(s);
      area.sentence[s] = (area.sentence[s] ?? 0) + (area.unitSentence[s] ?? 0);
      area.unitSentence[s] = 0;
    }
    this.unitPassages.length = 0;
    this.unitSentences.length = 0;
  }
}

/**
 * Scores passages `within` by what their text says: BM25 of the best sentence plus a share of the
 * paragraph's, adjacent word pairs, and a sentence holding the kind of answer asked for. The
 * caller names the passages worth scoring, so a question of common words stays cheap on a large
 * knowledge base. The returned arrays are scratch space: read them before the next call.
 */
export function scorePassages(
  ikb: IndexedKnowledgeBase,
  query: ResolvedQuery,
  within: readonly number[],
  tuning: RelevanceTuning = TUNING.relevance,
): PassageScores {
  const index = ikb.passageIndex;
  const area = scratch(index);
  for (const p of area.touched) area.relevance[p] = 0;
  for (const p of within) area.candidate[p] = 1;
  const acc = new Accumulator(index, area, tuning);

  const units = query.units.filter((u: QueryUnit) => u.known);
  for (const unit of units) {
    for (const alternative of unit.alternatives)
      acc.addPostings(index.passagePostings.get(alternative.key), weightOf(alternative, tuning), within);
    acc.flush();
  }
  // Words asked side by side that stand side by side in the text.
  for (let u = 0; u + 1 < units.length; u++) {
    const first = ownKeyOf(units[u]);
    const second = ownKeyOf(units[u + 1]);
    if (first === undefined || second === undefined) continue;
    acc.addPostings(bigramPostings(index, bigramKey(first, second)), tuning.bigramWeight, within);
    acc.flush();
  }

  const { paragraphShare, answerTypeBoost } = tuning;
  const questionKeys = new Set(units.flatMap((u) => u.alternatives.map((a) => a.key)));
  for (const p of acc.passages) area.relevance[p] = paragraphShare * (area.passage[p] ?? 0);
  const { bestSentence } = area;
  for (const s of acc.sentences) {
    const p = index.passageOfSentence[s] ?? 0;
    let score = area.sentence[s] ?? 0;
    if (query.answerType && answersType(index, s, query.answerType, questionKeys))
      score *= 1 + answerTypeBoost;
    if (score > (bestSentence[p] ?? 0)) bestSentence[p] = score;
    area.sentence[s] = 0;
  }
  let top = 0;
  for (const p of acc.passages) {
    area.relevance[p] = (area.relevance[p] ?? 0) + (bestSentence[p] ?? 0);
    bestSentence[p] = 0;
    area.passage[p] = 0;
    top = Math.max(top, area.relevance[p] ?? 0);
  }
  for (const p of within) area.candidate[p] = 0;
  area.touched = acc.passages;
  return { touched: acc.passages, relevance: area.relevance, top };
}
