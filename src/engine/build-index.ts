import Fuse from 'fuse.js';
import type { KnowledgeBase, QaEntry } from '../content/knowledge-base.js';
import { createAnalyzer, type Analyzer, type Term } from './analyzer.js';
import { findEquivalences } from './equivalences.js';
import { createVocabulary, type Vocabulary } from './vocabulary.js';

/** A passage's index keys with their counts, and its terms in order for highlighting. */
export interface IndexedPassage {
  readonly termCounts: ReadonlyMap<string, number>;
  readonly terms: readonly Term[];
}

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
}

/** A knowledge base with the search structures the engine needs; build once, query many times. */
export interface IndexedKnowledgeBase {
  readonly kb: KnowledgeBase;
  readonly analyzer: Analyzer;
  readonly passages: readonly IndexedPassage[];
  readonly entries: readonly IndexedEntry[];
  /** For each key, the passages whose text has it. */
  readonly passagePostings: ReadonlyMap<string, readonly number[]>;
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
  /** Fuzzy search over questions and phrasings, for autocomplete. */
  readonly questionSearch: Fuse<{ readonly entryIndex: number; readonly text: string }>;
}

// A digit, or a number word, in a passage: it can answer "how many" and "how much".
const FIGURE = /\d|\b(?:half|quarter|dozen|hundreds?|thousands?|millions?|billions?|trillions?|percent)\b/iu;

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (!list) map.set(key, [value]);
  else if (list[list.length - 1] !== value) list.push(value);
}

/** The entries to suggest first: round-robin over passages, taking curated, glossary, then derived ones. */
function featuredEntries(entries: readonly QaEntry[]): number[] {
  const rank = { curated: 0, glossary: 1, derived: 2 } as const;
  const order = entries.map((_, i) => i).sort((a, b) => rank[entries[a]!.origin] - rank[entries[b]!.origin] || a - b);
  const featured: number[] = [];
  const seen = new Set<string>();
  for (const pass of [0, 1]) {
    for (const i of order) {
      const passage = entries[i]!.passageIds[0] ?? '';
      if (featured.includes(i) || (pass === 0 && seen.has(passage))) continue;
      seen.add(passage);
      featured.push(i);
    }
  }
  return featured;
}

/** Builds the inverted index, vocabulary and fuzzy question search for a compiled knowledge base. */
export function buildIndex(kb: KnowledgeBase): IndexedKnowledgeBase {
  const analyzer = createAnalyzer(findEquivalences(kb));
  const passageIndexById = new Map(kb.passages.map((p, i) => [p.id, i]));
  const vocabularyWords = new Map<string, string>();
  const documentKeys = kb.passages.map(() => new Set<string>());
  const passagePostings = new Map<string, number[]>();
  const questionPostings = new Map<string, number[]>();
  const entriesOfPassage: number[][] = kb.passages.map(() => []);

  const passages = kb.passages.map((passage, p): IndexedPassage => {
    const terms = analyzer.analyze(passage.text, 'document');
    const termCounts = new Map<string, number>();
    for (const term of terms) {
      termCounts.set(term.key, (termCounts.get(term.key) ?? 0) + 1);
      vocabularyWords.set(term.word, term.key);
      documentKeys[p]!.add(term.key);
      push(passagePostings, term.key, p);
    }
    return { termCounts, terms };
  });

  const phrasingKeys: string[][][] = [];
  const entriesWithoutPhrasings = kb.entries.map((entry, entryIndex) => {
    const passageIndexes = entry.passageIds.map((id) => passageIndexById.get(id)).filter((i) => i !== undefined);
    const questionKeys = new Set<string>();
    const keyLists: string[][] = [];
    // A derived question only restates its passage's key phrases: its wording adds nothing of its own.
    const texts = entry.origin === 'derived' ? entry.phrasings : [entry.question, ...entry.phrasings];
    for (const text of texts) {
      const keys = new Set<string>();
      for (const term of analyzer.analyze(text, 'document')) {
        keys.add(term.key);
        vocabularyWords.set(term.word, term.key);
        for (const p of passageIndexes) documentKeys[p]!.add(term.key);
      }
      if (keys.size > 0) keyLists.push([...keys]);
      for (const key of keys) questionKeys.add(key);
    }
    phrasingKeys.push(keyLists);
    for (const key of questionKeys) push(questionPostings, key, entryIndex);
    for (const p of passageIndexes) entriesOfPassage[p]!.push(entryIndex);
    const hasFigure = passageIndexes.some((p) => FIGURE.test(kb.passages[p]!.text));
    return { entry, questionKeys, passageIndexes, hasFigure };
  });

  const documentFrequency = new Map<string, number>();
  for (const keys of documentKeys) for (const key of keys) documentFrequency.set(key, (documentFrequency.get(key) ?? 0) + 1);
  const n = kb.passages.length;
  const idf = (key: string): number => {
    const df = documentFrequency.get(key) ?? 0;
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  };
  const entries = entriesWithoutPhrasings.map((indexed, entryIndex): IndexedEntry => ({
    ...indexed,
    phrasings: (phrasingKeys[entryIndex] ?? []).map((keys) => {
      const idfs = keys.map(idf);
      return { keys, idfs, totalIdf: idfs.reduce((a, b) => a + b, 0) };
    }),
  }));

  const questionTexts = kb.entries.flatMap((entry, entryIndex) =>
    [entry.question, ...entry.phrasings].map((text) => ({ entryIndex, text })),
  );
  return {
    kb,
    analyzer,
    passages,
    entries,
    passagePostings,
    questionPostings,
    entriesOfPassage,
    idf,
    vocabulary: createVocabulary(vocabularyWords, documentFrequency),
    entryIndexById: new Map(kb.entries.map((e, i) => [e.id, i])),
    featured: featuredEntries(kb.entries),
    questionSearch: new Fuse(questionTexts, { keys: ['text'], includeScore: true, ignoreLocation: true, threshold: 0.45 }),
  };
}
