import type { IndexedKnowledgeBase } from '../indexing/build-index.js';
import { bigramKey, type PassageIndex, type SentencePostings } from '../indexing/passage-index.js';
import type { Postings } from '../indexing/postings.js';
import { answersType } from './answers-type.js';
import type { QueryUnit, ResolvedQuery } from '../query/resolve-query.js';
import { TUNING } from '../tuning.js';

/** How relevant each passage's text is to a question, and its best sentence. */
export interface PassageScores {
  /** Passages with any relevance, in no particular order. */
  readonly touched: readonly number[];
  /** `relevance[p]`: the best sentence's score plus a share of the paragraph's (0 when untouched). */
  readonly relevance: Float64Array;
  /** `bestSentence[p]`: the global number of the passage's best sentence. */
  readonly bestSentence: Int32Array;
  /** The highest relevance of any passage (0 when none). */
  readonly top: number;
}

interface Scratch {
  passage: Float64Array;
  sentence: Float64Array;
  unitPassage: Float64Array;
  unitSentence: Float64Array;
  relevance: Float64Array;
  bestSentence: Int32Array;
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
      bestSentence: new Int32Array(passages),
      touched: [],
    };
    scratchOf.set(index, area);
  }
  return area;
}

/** The key a question word itself stands for (its spelling corrected), not a synonym's. */
function ownKeyOf(unit: QueryUnit | undefined): string | undefined {
  const first = unit?.alternatives[0];
  return first && (first.via === 'word' || first.via === 'variant' || first.via === 'typo')
    ? first.key
    : undefined;
}

/** BM25's term-frequency saturation with length normalisation. */
function saturate(tf: number, length: number, average: number, b: number): number {
  const { k1 } = TUNING.relevance;
  return (tf * (k1 + 1)) / (tf + k1 * (1 - b + (b * length) / average));
}

function idfOf(df: number, n: number): number {
  return Math.log(1 + (n - df + 0.5) / (df + 0.5));
}

/** Adds one term's BM25 contributions (keeping the best per unit) to the unit scratch arrays. */
function scoreTerm(
  index: PassageIndex,
  passages: Postings | undefined,
  sentences: SentencePostings | undefined,
  weight: number,
  area: Scratch,
  touchedPassages: number[],
  touchedSentences: number[],
): void {
  if (!passages || !sentences) return;
  const { paragraphB, sentenceB } = TUNING.relevance;
  const idf = weight * idfOf(passages.passages.length, index.passageLengths.length);
  passages.passages.forEach((p, j) => {
    const c =
      idf *
      saturate(passages.counts[j] ?? 0, index.passageLengths[p] ?? 0, index.averagePassageLength, paragraphB);
    if ((area.unitPassage[p] ?? 0) === 0) touchedPassages.push(p);
    if (c > (area.unitPassage[p] ?? 0)) area.unitPassage[p] = c;
  });
  sentences.sentences.forEach((s, j) => {
    const c =
      idf *
      saturate(
        sentences.counts[j] ?? 0,
        index.sentenceLengths[s] ?? 0,
        index.averageSentenceLength,
        sentenceB,
      );
    if ((area.unitSentence[s] ?? 0) === 0) touchedSentences.push(s);
    if (c > (area.unitSentence[s] ?? 0)) area.unitSentence[s] = c;
  });
}

/**
 * Scores passages by what their text says: BM25 of the best sentence plus a share of the
 * paragraph's, adjacent word pairs, and a sentence holding the kind of answer asked for. The
 * returned arrays are scratch space: read them before the next call.
 */
export function scorePassages(ikb: IndexedKnowledgeBase, query: ResolvedQuery): PassageScores {
  const index = ikb.passageIndex;
  const area = scratch(index);
  for (const p of area.touched) area.relevance[p] = 0;
  const touchedPassages: number[] = [];
  const touchedSentences: number[] = [];
  const unitPassages: number[] = [];
  const unitSentences: number[] = [];
  const flushUnit = (): void => {
    for (const p of unitPassages) {
      if ((area.passage[p] ?? 0) === 0) touchedPassages.push(p);
      area.passage[p] = (area.passage[p] ?? 0) + (area.unitPassage[p] ?? 0);
      area.unitPassage[p] = 0;
    }
    for (const s of unitSentences) {
      if ((area.sentence[s] ?? 0) === 0) touchedSentences.push(s);
      area.sentence[s] = (area.sentence[s] ?? 0) + (area.unitSentence[s] ?? 0);
      area.unitSentence[s] = 0;
    }
    unitPassages.length = 0;
    unitSentences.length = 0;
  };

  const units = query.units.filter((u: QueryUnit) => u.known);
  for (const unit of units) {
    for (const { key, weight, via } of unit.alternatives)
      scoreTerm(
        index,
        index.passagePostings.get(key),
        index.sentencePostings.get(key),
        // A synonym or thesaurus sense is a guess: it may order passages only a little.
        via === 'thesaurus'
          ? TUNING.relevance.thesaurusWeight
          : via === 'synonym'
            ? TUNING.relevance.synonymWeight
            : weight,
        area,
        unitPassages,
        unitSentences,
      );
    flushUnit();
  }
  // Words asked side by side that stand side by side in the text.
  for (let u = 0; u + 1 < units.length; u++) {
    const first = ownKeyOf(units[u]);
    const second = ownKeyOf(units[u + 1]);
    if (first === undefined || second === undefined) continue;
    const pair = bigramKey(first, second);
    scoreTerm(
      index,
      index.bigramPassages.get(pair),
      index.bigramSentences.get(pair),
      TUNING.relevance.bigramWeight,
      area,
      unitPassages,
      unitSentences,
    );
    flushUnit();
  }
  const questionKeys = new Set(units.flatMap((u) => u.alternatives.map((a) => a.key)));
  const { paragraphShare, answerTypeBoost } = TUNING.relevance;
  const touched: number[] = [];
  for (const p of touchedPassages) {
    area.relevance[p] = paragraphShare * (area.passage[p] ?? 0);
    area.bestSentence[p] = index.firstSentence[p] ?? 0;
    touched.push(p);
  }
  const sentenceBest = new Map<number, number>();
  for (const s of touchedSentences) {
    const p = index.passageOfSentence[s] ?? 0;
    let score = area.sentence[s] ?? 0;
    if (query.answerType && answersType(index, s, query.answerType, questionKeys))
      score *= 1 + answerTypeBoost;
    if (score > (sentenceBest.get(p) ?? 0)) {
      sentenceBest.set(p, score);
      area.bestSentence[p] = s;
    }
    area.sentence[s] = 0;
  }
  let top = 0;
  for (const p of touched) {
    area.relevance[p] = (area.relevance[p] ?? 0) + (sentenceBest.get(p) ?? 0);
    area.passage[p] = 0;
    top = Math.max(top, area.relevance[p] ?? 0);
  }
  area.touched = touched;
  return { touched, relevance: area.relevance, bestSentence: area.bestSentence, top };
}
