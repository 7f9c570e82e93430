import type { Passage } from '../../content/knowledge-base.js';
import type { Analyzer } from '../query/analyzer.js';
import { addOccurrence, type Postings } from './postings.js';
import { sentenceFeaturesOf } from './sentence-features.js';

/** Where one key occurs at sentence level: global sentence numbers (ascending) and counts. */
export interface SentencePostings {
  readonly sentences: number[];
  readonly counts: number[];
}

/** The article's text indexed at two grains, paragraph and sentence, for relevance ranking. */
export interface PassageIndex {
  /** For each key, the passages whose text has it (with counts and sentence masks). */
  readonly passagePostings: ReadonlyMap<string, Postings>;
  /** For each key, the sentences that have it. */
  readonly sentencePostings: ReadonlyMap<string, SentencePostings>;
  /** Adjacent content-word pairs (`a b`), at both grains. */
  readonly bigramPassages: ReadonlyMap<string, Postings>;
  readonly bigramSentences: ReadonlyMap<string, SentencePostings>;
  /** Content words of each passage (its section heading's included) and of each sentence. */
  readonly passageLengths: Float64Array;
  readonly sentenceLengths: Float64Array;
  readonly averagePassageLength: number;
  readonly averageSentenceLength: number;
  /** Where each global sentence starts and ends in its passage's text. */
  readonly sentenceStart: Int32Array;
  readonly sentenceEnd: Int32Array;
  /** The passage each global sentence belongs to, and each passage's first global sentence. */
  readonly passageOfSentence: Int32Array;
  readonly firstSentence: Int32Array;
  /** Answer-type features of each sentence (see sentence-features.ts). */
  readonly sentenceFeatures: Uint8Array;
  /** Capitalised words of each sentence (stemmed), for "who" and "where" questions. */
  readonly sentenceNames: readonly ReadonlySet<string>[];
  /** Every folded word of the text with its key, for the vocabulary. */
  readonly words: ReadonlyMap<string, string>;
}

/** Where each sentence of a passage starts and ends in its text (text before the first sentence belongs to it). */
function sentenceRanges(passage: Passage): { start: number; end: number }[] {
  const ranges: { start: number; end: number }[] = [];
  let from = 0;
  for (const sentence of passage.sentences) {
    const at = passage.text.indexOf(sentence.text, from);
    const start = ranges.length === 0 ? 0 : Math.max(at, from);
    const end = at >= 0 ? at + sentence.text.length : passage.text.length;
    ranges.push({ start, end: Math.max(start, end) });
    if (at >= 0) from = at + sentence.text.length;
  }
  return ranges.length > 0 ? ranges : [{ start: 0, end: passage.text.length }];
}

function addSentenceOccurrence(map: Map<string, SentencePostings>, key: string, sentence: number): void {
  let postings = map.get(key);
  if (!postings) {
    postings = { sentences: [], counts: [] };
    map.set(key, postings);
  }
  const last = postings.sentences.length - 1;
  if (postings.sentences[last] === sentence) postings.counts[last] = (postings.counts[last] ?? 0) + 1;
  else {
    postings.sentences.push(sentence);
    postings.counts.push(1);
  }
}

/** The key of an adjacent pair of content-word keys. */
export const bigramKey = (a: string, b: string): string => `${a} ${b}`;

/** Indexes every passage's words by passage and by sentence, with bigrams and sentence features. */
export function buildPassageIndex(passages: readonly Passage[], analyzer: Analyzer): PassageIndex {
  const passagePostings = new Map<string, Postings>();
  const sentencePostings = new Map<string, SentencePostings>();
  const bigramPassages = new Map<string, Postings>();
  const bigramSentences = new Map<string, SentencePostings>();
  const sentenceCount = passages.reduce((n, p) => n + Math.max(1, p.sentences.length), 0);
  const passageLengths = new Float64Array(passages.length);
  const sentenceLengths = new Float64Array(sentenceCount);
  const passageOfSentence = new Int32Array(sentenceCount);
  const sentenceStart = new Int32Array(sentenceCount);
  const sentenceEnd = new Int32Array(sentenceCount);
  const firstSentence = new Int32Array(passages.length);
  const sentenceFeatures = new Uint8Array(sentenceCount);
  const sentenceNames: ReadonlySet<string>[] = [];
  const words = new Map<string, string>();

  let global = 0;
  passages.forEach((passage, p) => {
    firstSentence[p] = global;
    const ranges = sentenceRanges(passage);
    const starts = ranges.map((r) => r.start);
    for (let s = 0; s < starts.length; s++) {
      passageOfSentence[global + s] = p;
      sentenceStart[global + s] = ranges[s]?.start ?? 0;
      sentenceEnd[global + s] = ranges[s]?.end ?? 0;
      const text = passage.sentences[s]?.text ?? passage.text;
      const features = sentenceFeaturesOf(text);
      sentenceFeatures[global + s] = features.flags;
      sentenceNames.push(features.names);
    }
    // The section's heading is context for the whole paragraph: its words count at paragraph grain.
    for (const term of passage.section === undefined ? [] : analyzer.analyze(passage.section, 'document')) {
      words.set(term.word, term.key);
      addOccurrence(passagePostings, term.key, p, 'all');
      if (!term.key.startsWith('~')) passageLengths[p] = (passageLengths[p] ?? 0) + 1;
    }
    let sentence = 0;
    let previous: { key: string; sentence: number } | undefined;
    for (const term of analyzer.analyze(passage.text, 'document')) {
      while (sentence + 1 < starts.length && term.start >= (starts[sentence + 1] ?? Infinity)) sentence++;
      words.set(term.word, term.key);
      addOccurrence(passagePostings, term.key, p, sentence);
      addSentenceOccurrence(sentencePostings, term.key, global + sentence);
      // Phrase keys stand beside their own words; pairs are made of plain words only.
      if (term.key.startsWith('~')) continue;
      passageLengths[p] = (passageLengths[p] ?? 0) + 1;
      sentenceLengths[global + sentence] = (sentenceLengths[global + sentence] ?? 0) + 1;
      if (previous && previous.sentence === sentence) {
        const pair = bigramKey(previous.key, term.key);
        addOccurrence(bigramPassages, pair, p, sentence);
        addSentenceOccurrence(bigramSentences, pair, global + sentence);
      }
      previous = { key: term.key, sentence };
    }
    global += starts.length;
  });

  const average = (lengths: Float64Array): number =>
    lengths.length === 0 ? 1 : Math.max(1, lengths.reduce((a, b) => a + b, 0) / lengths.length);
  return {
    passagePostings,
    sentencePostings,
    bigramPassages,
    bigramSentences,
    passageLengths,
    sentenceLengths,
    averagePassageLength: average(passageLengths),
    averageSentenceLength: average(sentenceLengths),
    sentenceStart,
    sentenceEnd,
    passageOfSentence,
    firstSentence,
    sentenceFeatures,
    sentenceNames,
    words,
  };
}
