import type { Passage } from '../../content/knowledge-base.js';
import type { Analyzer } from '../query/analyzer.js';
import { documentSymbolTerms } from '../query/symbol-terms.js';
import { codeSpans } from './code-spans.js';
import { addOccurrence, type Postings } from './postings.js';
import { sentenceFeaturesOf } from './sentence-features.js';

/** The article's text indexed at two grains, paragraph and sentence, for relevance ranking. */
export interface PassageIndex {
  /** For each key, the passages whose text has it (with counts and sentence masks). */
  readonly passagePostings: ReadonlyMap<string, Postings>;
  /** Adjacent content-word pairs (`a b`), with the sentences they stand in (see bigramPostings). */
  readonly bigramPassages: ReadonlyMap<string, Postings | number>;
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

// Most word pairs stand once in a whole article: such a pair is packed into one number,
// passage * 32 + sentence, instead of a postings object (a tenth of the memory on large content).
const SENTENCE_SLOTS = 32;

function packPairs(pairs: Map<string, Postings>): Map<string, Postings | number> {
  const packed = new Map<string, Postings | number>();
  for (const [key, postings] of pairs) {
    const mask = postings.sentenceMasks[0] ?? 0;
    const single = postings.passages.length === 1 && postings.counts[0] === 1 && mask > 0;
    packed.set(
      key,
      single
        ? (postings.passages[0] ?? 0) * SENTENCE_SLOTS + Math.clz32(1) - Math.clz32(mask)
        : {
            passages: postings.passages.slice(),
            counts: postings.counts.slice(),
            sentenceMasks: postings.sentenceMasks.slice(),
          },
    );
  }
  return packed;
}

/** The postings of a word pair, unpacking a pair that stands once. */
export function bigramPostings(index: PassageIndex, key: string): Postings | undefined {
  const value = index.bigramPassages.get(key);
  if (typeof value !== 'number') return value;
  const sentence = value % SENTENCE_SLOTS;
  return { passages: [(value - sentence) / SENTENCE_SLOTS], counts: [1], sentenceMasks: [1 << sentence] };
}

/** The key of an adjacent pair of content-word keys. */
export const bigramKey = (a: string, b: string): string => `${a} ${b}`;

/** Indexes every passage's words by passage and by sentence, with bigrams and sentence features. */
export function buildPassageIndex(passages: readonly Passage[], analyzer: Analyzer): PassageIndex {
  const passagePostings = new Map<string, Postings>();
  const bigramPassages = new Map<string, Postings>();
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
    // The section's heading, and what the passage's links point at, are context for the whole
    // paragraph: their words count at paragraph grain.
    const context = [passage.section, passage.linkWords].filter((t) => t !== undefined).join('\n');
    for (const term of analyzer.analyze(context, 'document')) {
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
      // Phrase keys stand beside their own words; pairs are made of plain words only.
      if (term.key.startsWith('~')) continue;
      passageLengths[p] = (passageLengths[p] ?? 0) + 1;
      sentenceLengths[global + sentence] = (sentenceLengths[global + sentence] ?? 0) + 1;
      if (previous && previous.sentence === sentence) {
        const pair = bigramKey(previous.key, term.key);
        addOccurrence(bigramPassages, pair, p, sentence);
      }
      previous = { key: term.key, sentence };
    }
    // The code's operators and specifiers (`%o`, `||`): found only as written, they add no length.
    sentence = 0;
    for (const term of documentSymbolTerms(passage.text, codeSpans(passage))) {
      while (sentence + 1 < starts.length && term.start >= (starts[sentence + 1] ?? Infinity)) sentence++;
      addOccurrence(passagePostings, term.key, p, sentence);
    }
    global += starts.length;
  });

  const average = (lengths: Float64Array): number =>
    lengths.length === 0 ? 1 : Math.max(1, lengths.reduce((a, b) => a + b, 0) / lengths.length);
  return {
    passagePostings,
    bigramPassages: packPairs(bigramPassages),
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
