import { stemmer } from 'stemmer';
import type { Equivalence } from '../../content/knowledge-base.js';
import { IRREGULAR_VERBS } from '../lexicon/irregular-verbs.js';
import { SLANG } from '../lexicon/slang.js';
import { STOPWORDS } from '../lexicon/stopwords.js';
import { synonymGroups } from '../lexicon/synonyms.js';
import { identifierParts } from './split-identifier.js';
import { querySymbolTerms } from './symbol-terms.js';
import { foldWord, tokenize } from './tokenize.js';

/** A matched word or phrase of a text: its index key and where it stands. */
export interface Term {
  readonly key: string;
  readonly start: number;
  readonly end: number;
  /** The folded word (phrases: their words joined by spaces), for typo and prefix lookups. */
  readonly word: string;
  /** For a word of a camel-case identifier (`Log` of `LogEvent`), the identifier's own key. */
  readonly partOf?: string;
}

/** Turns text into index keys: stems of content words, plus one shared key per equivalent name. */
export interface Analyzer {
  /**
   * Documents keep a phrase's own words beside its shared key (so a typo inside the phrase still
   * finds them); questions keep only the key, so "graphics processing unit" counts once.
   */
  analyze(text: string, mode: 'document' | 'query'): Term[];
  /** Other keys that mean about the same as this key (everyday synonyms). */
  synonymsOf(key: string): readonly string[];
  isStopword(word: string): boolean;
}

// Stems of the words seen lately: a question stems its words, their variants and their thesaurus
// synonyms, mostly the same few thousand words. Cleared when full, so it never grows without bound.
const stemCache = new Map<string, string>();
const STEM_CACHE_SIZE = 20_000;

/** Stems a folded word (irregular past forms to their verb first); numbers, model names and short words are kept as they are. */
export function stemWord(folded: string): string {
  let stem = stemCache.get(folded);
  if (stem === undefined) {
    if (stemCache.size >= STEM_CACHE_SIZE) stemCache.clear();
    stemCache.set(folded, (stem = stemUncached(folded)));
  }
  return stem;
}

function stemUncached(folded: string): string {
  const word = IRREGULAR_VERBS.get(folded) ?? americanSpelling(folded);
  if (word.length <= 3 || /\d/u.test(word)) return word;
  const stem = stemmer(word);
  // Porter undoubles a final consonant ("added" → "ad"), but a short word stays whole ("add"): keep
  // the doubled letter where undoubling leaves a stem under three letters, so the two meet.
  return stem.length < 3 && word.startsWith(stem + stem.slice(-1)) ? stem + stem.slice(-1) : stem;
}

// British -ise/-isation spellings meet their American -ize forms ("utilised", "utilized").
const BRITISH_ISE = /(?<=[a-z]{3})is(e|ed|es|ing|ation|ations|er|ers)$/u;

function americanSpelling(word: string): string {
  return word.length > 5 ? word.replace(BRITISH_ISE, 'iz$1') : word;
}

interface Phrase {
  readonly stems: readonly string[];
  readonly key: string;
}

function phraseKey(stems: readonly string[]): string {
  return `~${stems.join('_')}`;
}

function stemsOf(text: string): string[] {
  return tokenize(text).map((t) => stemWord(t.word));
}

/** Builds an analyzer that knows the content's equivalent names (glossary expansions, acronyms). */
export function createAnalyzer(equivalences: readonly Equivalence[]): Analyzer {
  // Phrases indexed by their first stem; longest first so "graphics processing unit" wins over "unit".
  const phrasesByFirst = new Map<string, Phrase[]>();
  for (const names of equivalences) {
    const stemLists = names.map(stemsOf).filter((s) => s.length > 0);
    const first = stemLists[0];
    if (!first) continue;
    const key = phraseKey(first);
    for (const stems of stemLists) {
      const head = stems[0] as string;
      const list = phrasesByFirst.get(head) ?? [];
      list.push({ stems, key });
      list.sort((a, b) => b.stems.length - a.stems.length);
      phrasesByFirst.set(head, list);
    }
  }

  const synonyms = new Map<string, string[]>();
  for (const [word, others] of synonymGroups()) {
    const stem = stemWord(word);
    const list = synonyms.get(stem) ?? [];
    for (const other of others.map(stemWord)) if (other !== stem && !list.includes(other)) list.push(other);
    synonyms.set(stem, list);
  }

  function analyze(text: string, mode: 'document' | 'query'): Term[] {
    // A long code block is indexed whole: the names near its end are what people ask by.
    const tokens = mode === 'query' ? expandSlang(tokenize(text)) : tokenize(text, Infinity);
    const stems = tokens.map((t) => stemWord(t.word));
    const terms: Term[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i] as Token;
      const stem = stems[i] as string;
      const phrase = phrasesByFirst.get(stem)?.find((p) => p.stems.every((s, k) => stems[i + k] === s));
      if (phrase) {
        const last = tokens[i + phrase.stems.length - 1] as Token;
        const word = tokens
          .slice(i, i + phrase.stems.length)
          .map((t) => t.word)
          .join(' ');
        terms.push({ key: phrase.key, start: token.start, end: last.end, word });
        if (mode === 'query') {
          i += phrase.stems.length - 1;
          continue;
        }
      }
      if (STOPWORDS.has(token.word) || token.word.length < 2) continue;
      terms.push({ key: stem, start: token.start, end: token.end, word: token.word });
      const parts = partsOf(text, token);
      // A question keeps whose words they are: they count only where the content has the identifier.
      if (mode === 'document') terms.push(...parts);
      else for (const part of parts) terms.push({ ...part, partOf: stem });
    }
    // A question's operators and specifiers (`%o`, `||`); a document's come from its code (passage-index.ts).
    if (mode === 'query') terms.push(...querySymbolTerms(text));
    return terms;
  }

  return {
    analyze,
    synonymsOf: (key) => synonyms.get(key) ?? [],
    isStopword: (word) => STOPWORDS.has(word),
  };
}

type Token = ReturnType<typeof tokenize>[number];

/** The words of a camel-case identifier in a document (`awaitMessageComponent`), each a term of its own. */
function partsOf(text: string, token: Token): Term[] {
  const parts = identifierParts(text.slice(token.start, token.end));
  return parts.flatMap(({ offset, text: part }) => {
    const word = foldWord(part);
    if (STOPWORDS.has(word) || word.length < 2) return [];
    const start = token.start + offset;
    return [{ key: stemWord(word), start, end: start + part.length, word }];
  });
}

/** Replaces chat shorthand in a question ("devs" → "developers") and drops pure filler ("tbh"). */
function expandSlang(tokens: Token[]): Token[] {
  return tokens
    .map((t) => {
      const word = SLANG.get(t.word);
      return word === undefined ? t : { ...t, word };
    })
    .filter((t) => t.word.length > 0);
}
