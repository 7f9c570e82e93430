import type { IndexedKnowledgeBase } from '../indexing/build-index.js';
import { sentencesIn } from '../indexing/postings.js';
import { zipfOf } from '../lexicon/word-rarity.js';
import type { QueryUnit, ResolvedQuery } from '../query/resolve-query.js';
import { answersType } from './answers-type.js';
import { THESAURUS_WEIGHT } from '../query/resolve-query.js';
import { TUNING } from '../tuning.js';

/** What the decision reads of one entry: how much of the question two adjacent sentences answer. */
export interface WindowCoverage {
  /**
   * The best share of the question, each word weighted by its rarity in everyday English, found in
   * two adjacent sentences of the entry's passages (or among its own question words). Words the
   * content has elsewhere count partly against it, words it never uses fully.
   */
  readonly window: number;
  /** How much the best window covers, in rarity weights: one everyday word found is not evidence. */
  readonly evidence: number;
  /** A word the content never uses, and too rare to be phrasing: the question asks what it lacks. */
  readonly strangeWord: boolean;
  /** False when "when …?" or "how many …?" finds no date or figure beside the question's words. */
  readonly kindFound: boolean;
  /**
   * The question names something the content knows beyond everyday words and figures: "what time is
   * it in new york" or "what year did world war 2 end" found in a sentence say nothing about the topic.
   */
  readonly telling: boolean;
}

const KIND_TIEBREAK = 0.05;

/** How telling a question word is: rare words say what the question is about, common ones less. */
export function rarityWeight(word: string): number {
  const { zipfCeiling, maxWeight, minWeight } = TUNING.decision;
  return Math.min(maxWeight, Math.max(minWeight, zipfCeiling - zipfOf(word)));
}

interface UnitPresence {
  readonly weight: number;
  /** The best alternative's weight: 1 for the word itself, less for a synonym; 0 when unknown. */
  readonly match: number;
  readonly own: boolean;
  /** Per passage of the entry: the sentences (bit mask) that have the word. */
  readonly sentences: readonly number[];
}

function presenceOf(ikb: IndexedKnowledgeBase, unit: QueryUnit, entryIndex: number): UnitPresence {
  const indexed = ikb.entries[entryIndex];
  const match = unit.alternatives.reduce((m, a) => Math.max(m, a.weight), 0);
  return {
    weight: rarityWeight(unit.word),
    match,
    own: indexed ? unit.alternatives.some((a) => indexed.questionKeys.has(a.key)) : false,
    sentences: (indexed?.passageIndexes ?? []).map((p) =>
      unit.alternatives.reduce((mask, a) => mask | sentencesIn(ikb.passagePostings.get(a.key), p), 0),
    ),
  };
}

/** The share of the question that sentences `bits` of passage `i` answer. */
function shareIn(units: readonly UnitPresence[], i: number, bits: number): number {
  return coverIn(units, i, bits).share;
}

/** What sentences `bits` of passage `i` cover of the question: its share, and the rarity weight found. */
function coverIn(
  units: readonly UnitPresence[],
  i: number,
  bits: number,
): { share: number; covered: number } {
  const { elsewhereWeight } = TUNING.decision;
  let covered = 0;
  let missing = 0;
  for (const u of units) {
    const here = u.own || ((u.sentences[i] ?? 0) & bits) !== 0;
    if (u.match === 0) missing += u.weight;
    else if (u.match <= THESAURUS_WEIGHT && !here) missing += u.weight;
    else if (here) {
      covered += u.weight * u.match;
      missing += u.weight * (1 - u.match);
    } else missing += u.weight * elsewhereWeight;
  }
  return { share: covered + missing === 0 ? 0 : covered / (covered + missing), covered };
}

/** How many question words sentences `bits` of passage `i` have, matched better than a thesaurus guess. */
function wordsIn(units: readonly UnitPresence[], i: number, bits: number): number {
  return units.filter((u) => u.match > THESAURUS_WEIGHT && ((u.sentences[i] ?? 0) & bits) !== 0).length;
}

/** Measures how well the best two adjacent sentences of an entry answer the question. */
export function windowCoverage(
  ikb: IndexedKnowledgeBase,
  query: ResolvedQuery,
  entryIndex: number,
): WindowCoverage {
  const units = query.units.map((u) => presenceOf(ikb, u, entryIndex));
  const { strangeWordZipf, unseenWordZipf, wordsOutweighingStranger } = TUNING.decision;
  const index = ikb.passageIndex;
  const type = query.answerType;
  let kindFound = type !== 'time' && type !== 'number';
  let window = 0;
  let evidence = 0;
  let together = 0;
  (ikb.entries[entryIndex]?.passageIndexes ?? []).forEach((p, i) => {
    const first = index.firstSentence[p] ?? 0;
    const count = Math.min(31, (index.firstSentence[p + 1] ?? index.passageOfSentence.length) - first);
    const withWords = units.reduce((mask, u) => mask | (u.sentences[i] ?? 0), 0);
    for (let s = 0; s < count; s++) {
      const cover = coverIn(units, i, 3 << s);
      if (cover.share > window || (cover.share === window && cover.covered > evidence))
        [window, evidence] = [cover.share, cover.covered];
      together = Math.max(together, wordsIn(units, i, 3 << s));
      if (!kindFound && type !== undefined && (withWords & (1 << s)) !== 0)
        kindFound = answersType(index, first + s, type, new Set());
    }
  });
  // A word the content never uses: a name it never mentions ("PyTorch") marks a question about
  // something else; a rarer-than-everyday word does too, unless enough of the question's other words
  // stand together in the passage (then it is likely a paraphrase: "rebranded" for "renamed").
  const strangeWord = query.units.some((u) => {
    if (u.known) return false;
    const zipf = zipfOf(u.word);
    return zipf < unseenWordZipf || (zipf < strangeWordZipf && together < wordsOutweighingStranger);
  });
  const telling = query.units.some((u) => u.known && !u.numeric && u.commonness !== 'everyday');
  return { window, evidence, strangeWord, kindFound, telling };
}

/**
 * The sentences that answer the question in each of the entry's passages (global sentence numbers):
 * the one that covers most of it, with a neighbour when the two together cover more.
 */
export function answeringSentences(
  ikb: IndexedKnowledgeBase,
  query: ResolvedQuery,
  entryIndex: number,
): number[][] {
  // Only the text counts here: the entry's own question words would make every sentence tie.
  const units = query.units.map((u) => ({ ...presenceOf(ikb, u, entryIndex), own: false }));
  const index = ikb.passageIndex;
  const type = query.answerType;
  return (ikb.entries[entryIndex]?.passageIndexes ?? []).map((p, i) => {
    const first = index.firstSentence[p] ?? 0;
    const count = Math.min(31, (index.firstSentence[p + 1] ?? index.passageOfSentence.length) - first);
    let best = 0;
    let bestShare = -1;
    for (let s = 0; s < count; s++) {
      // Of sentences that cover as much, the one holding the kind of answer asked for.
      const kind = type !== undefined && answersType(index, first + s, type, new Set()) ? KIND_TIEBREAK : 0;
      const share = shareIn(units, i, 1 << s) + kind;
      if (share > bestShare) [best, bestShare] = [s, share];
    }
    bestShare = shareIn(units, i, 1 << best);
    const before = best > 0 ? shareIn(units, i, 3 << (best - 1)) : -1;
    const after = best + 1 < count ? shareIn(units, i, 3 << best) : -1;
    const chosen = [best];
    if (Math.max(before, after) > bestShare) chosen.push(before >= after ? best - 1 : best + 1);
    return chosen.sort((a, b) => a - b).map((s) => first + s);
  });
}
