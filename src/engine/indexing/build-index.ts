import type { KnowledgeBase, QaEntry } from '../../content/knowledge-base.js';
import { createAnalyzer, type Analyzer } from '../query/analyzer.js';
import { isSymbolKey } from '../query/symbol-terms.js';
import { featuredEntries } from './featured-entries.js';
import { nestedPassages } from './nested-passages.js';
import { buildPassageIndex, type PassageIndex } from './passage-index.js';
import type { Postings } from './postings.js';
import { createVocabulary, type Vocabulary } from './vocabulary.js';

/** The keys of one phrasing of an entry, with their idf, to tell how much of it a question covers. */
export interface IndexedPhrasing {
  readonly keys: readonly string[];
  readonly idfs: readonly number[];
  readonly totalIdf: number;
}

/** An entry's own question words (curated phrasings and glossary names), and where its passages are. */
export interface IndexedEntry {
  readonly entry: QaEntry;
  readonly questionKeys: ReadonlySet<string>;
  readonly phrasings: readonly IndexedPhrasing[];
  readonly passageIndexes: readonly number[];
  /** True when a passage of the entry states a figure (for "how many" questions). */
  readonly hasFigure: boolean;
  /** The passages (indexes) a section holds for its subsections, whose own entries name them better. */
  readonly nested: ReadonlySet<number>;
}

/** A knowledge base with the search structures the engine needs; build once, query many times. */
export interface IndexedKnowledgeBase {
  readonly kb: KnowledgeBase;
  readonly analyzer: Analyzer;
  readonly entries: readonly IndexedEntry[];
  /** For each key, the passages whose text has it. */
  readonly passagePostings: ReadonlyMap<string, Postings>;
  /** The passages' text at paragraph and sentence grain, for relevance ranking. */
  readonly passageIndex: PassageIndex;
  /** For each key, the entries whose own question words have it. */
  readonly questionPostings: ReadonlyMap<string, readonly number[]>;
  /** Entries that point at each passage. */
  readonly entriesOfPassage: readonly (readonly number[])[];
  /** Inverse document frequency of each key over passages (with their entries' phrasings). */
  idf(key: string): number;
  readonly vocabulary: Vocabulary;
  readonly entryIndexById: ReadonlyMap<string, number>;
  /** Questions to show when there is nothing to go on: one per passage, curated first. */
  readonly featured: readonly number[];
}

// A digit, or a number word, in a passage: it can answer "how many" and "how much".
const FIGURE =
  /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|half|quarter|dozen|hundreds?|thousands?|millions?|billions?|trillions?|percent|once|twice)\b/iu;

/** Builds the inverted index and vocabulary for a compiled knowledge base. */
export function buildIndex(kb: KnowledgeBase): IndexedKnowledgeBase {
  const analyzer = createAnalyzer(kb.equivalences);
  const passageIndexById = new Map(kb.passages.map((p, i) => [p.id, i]));
  const passageIndex = buildPassageIndex(kb.passages, analyzer);
  const { passagePostings } = passageIndex;
  const vocabularyWords = new Map(passageIndex.words);
  const documentFrequency = new Map<string, number>();
  const questionPostings = new Map<string, number[]>();
  const entriesOfPassage: number[][] = kb.passages.map(() => []);
  // Keys of each passage's document: its text plus its entries' phrasings (for idf).
  const documentKeys = kb.passages.map(() => new Set<string>());

  for (const [key, postings] of passagePostings) for (const p of postings.passages) documentKeys[p]?.add(key);

  const draft = kb.entries.map((entry, entryIndex) => {
    const passageIndexes = entry.passageIds
      .map((id) => passageIndexById.get(id))
      .filter((i) => i !== undefined);
    const questionKeys = new Set<string>();
    const phrasingKeys: string[][] = [];
    // A derived question only restates its passage's key phrases: its wording adds nothing of its own.
    for (const text of entry.origin === 'derived' ? entry.phrasings : [entry.question, ...entry.phrasings]) {
      const keys = new Set<string>();
      for (const term of analyzer.analyze(text, 'query')) {
        // An entry's own words are its phrasings' words as written (identifier parts are the question's);
        // a heading's symbols are prose ("Execution & Connection"): the passages' code has the rest.
        if (term.partOf !== undefined || isSymbolKey(term.key)) continue;
        keys.add(term.key);
        vocabularyWords.set(term.word, term.key);
        for (const p of passageIndexes) documentKeys[p]?.add(term.key);
      }
      if (keys.size > 0) phrasingKeys.push([...keys]);
      for (const key of keys) questionKeys.add(key);
    }
    for (const key of questionKeys) {
      const list = questionPostings.get(key);
      if (list) list.push(entryIndex);
      else questionPostings.set(key, [entryIndex]);
    }
    for (const p of passageIndexes) entriesOfPassage[p]?.push(entryIndex);
    const hasFigure = passageIndexes.some((p) => FIGURE.test(kb.passages[p]?.text ?? ''));
    return { entry, questionKeys, passageIndexes, hasFigure, phrasingKeys };
  });

  for (const keys of documentKeys)
    for (const key of keys) documentFrequency.set(key, (documentFrequency.get(key) ?? 0) + 1);
  const n = kb.passages.length;
  const idf = (key: string): number => {
    const df = documentFrequency.get(key) ?? 0;
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  };
  const nestedOf = nestedPassages(
    draft.map((d) => d.entry),
    draft.map((d) => d.passageIndexes),
    n,
  );
  const entries = draft.map(({ phrasingKeys, ...indexed }, e): IndexedEntry => ({
    ...indexed,
    nested: nestedOf[e] ?? new Set(),
    phrasings: phrasingKeys.map((keys) => {
      const idfs = keys.map(idf);
      return { keys, idfs, totalIdf: idfs.reduce((a, b) => a + b, 0) };
    }),
  }));

  return {
    kb,
    analyzer,
    entries,
    passagePostings,
    passageIndex,
    questionPostings,
    entriesOfPassage,
    idf,
    vocabulary: createVocabulary(vocabularyWords, documentFrequency),
    entryIndexById: new Map(kb.entries.map((e, i) => [e.id, i])),
    featured: featuredEntries(kb.entries),
  };
}
