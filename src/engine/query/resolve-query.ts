import type { IndexedKnowledgeBase } from '../indexing/build-index.js';
import { stemWord } from './analyzer.js';
import { cleanQuestion } from './clean-question.js';
import { commonnessOf, type Commonness } from '../lexicon/common-words.js';
import { definedWord } from './asks-definition.js';
import { asksProcedure } from './asks-procedure.js';
import { asksExpansion } from './asks-expansion.js';
import { thesaurusSynonyms } from '../lexicon/thesaurus.js';
import { TUNING } from '../tuning.js';
import { answerTypeOf, type AnswerType } from './answer-type.js';
import { answerTypeIn } from './content-kinds.js';
import { ASKING_WORDS } from '../lexicon/asking-words.js';
import { isSymbolKey } from './symbol-terms.js';
import { askedSymbol, symbolUnit } from './symbol-unit.js';
import { zipfOf } from '../lexicon/word-rarity.js';

/** How a question word reaches a key of the content. */
export type MatchKind = Exclude<keyof typeof TUNING.match, 'typoMaxZipf'> | 'word';

/** One key a question word may match, how, and how much a match through it counts (1 = the word itself). */
export interface Alternative {
  readonly key: string;
  readonly weight: number;
  readonly via: MatchKind;
}

/** A content word of the question with every key it may match; `known` is false when the content never uses it. */
export interface QueryUnit {
  readonly word: string;
  /** The word's own key (its stem, or a shared key for an equivalent name), matched or not. */
  readonly key: string;
  readonly alternatives: readonly Alternative[];
  readonly known: boolean;
  readonly numeric: boolean;
  /** How ordinary the word is: an unknown everyday word is more likely phrasing than a topic the content lacks. */
  readonly commonness: Commonness;
  /** How much the word tells: inverse document frequency of its best key (unknown words count most). */
  readonly idf: number;
}

/** A question ready to rank: its units, whether it asks for a quantity, and what kind of answer it wants. */
export interface ResolvedQuery {
  readonly units: readonly QueryUnit[];
  readonly wantsFigure: boolean;
  readonly answerType: AnswerType | undefined;
  /** The identifiers the content names (their keys) that a "what is X" question asks to define. */
  readonly defines: readonly string[];
  /** The question asks how to do something oneself (asks-procedure.ts). */
  readonly procedural: boolean;
  /** The question asks what an abbreviation stands for (asks-expansion.ts). */
  readonly asksExpansion: boolean;
}

export const THESAURUS_WEIGHT = TUNING.match.thesaurus;
const MAX_UNITS = 24;
const ASKS_FOR_FIGURE =
  /\b(?:how (?:many|much|big|large|tall|long|far|old|fast|heavy|wide|high|often|soon)|number of|what percent(?:age)?|what year|which year)\b/iu;

/** Forms the stemmer leaves apart: old/oldest, big/bigger, quick/quickly. */
function variantsOf(word: string): string[] {
  const forms = [`${word}est`, `${word}er`, `${word}ly`, `${word}s`];
  for (const suffix of ['est', 'er', 'ly', 'ies']) {
    if (word.endsWith(suffix) && word.length > suffix.length + 2) forms.push(word.slice(0, -suffix.length));
  }
  if (word.endsWith('ies')) forms.push(`${word.slice(0, -3)}y`);
  return forms.map(stemWord);
}

/** Analyzes a question into units, resolving variants, typos, synonyms and (for autocomplete) a half-typed last word. */
export function resolveQuery(
  ikb: IndexedKnowledgeBase,
  question: string,
  partialLastWord = false,
): ResolvedQuery {
  const cleaned = cleanQuestion(question);
  const head = question.slice(0, 1_000);
  const wantsFigure = ASKS_FOR_FIGURE.test(head);
  const terms = ikb.analyzer.analyze(cleaned, 'query');
  const units: QueryUnit[] = [];
  const seen = new Set<string>();
  for (const [index, term] of terms.entries()) {
    // The words of an identifier the content names (`LogEvent`: log, event) are asked too, as the
    // content indexes them; those of one it never names (`useEffect`) would find only chance matches.
    if (term.partOf !== undefined && !ikb.vocabulary.has(term.partOf)) continue;
    if (seen.has(term.key)) continue;
    const symbol = isSymbolKey(term.key);
    if (symbol && !askedSymbol(ikb, term, terms)) continue;
    seen.add(term.key);
    const alternatives: Alternative[] = [];
    const add = (key: string, via: MatchKind): void => {
      if (ikb.vocabulary.has(key) && !alternatives.some((a) => a.key === key))
        alternatives.push({ key, via, weight: via === 'word' ? 1 : TUNING.match[via] });
    };
    if (symbol) {
      units.push(symbolUnit(ikb, term.word, term.key));
      if (units.length >= MAX_UNITS) break;
      continue;
    }
    add(term.key, 'word');
    if (alternatives.length === 0) for (const variant of variantsOf(term.word)) add(variant, 'variant');
    for (const synonym of ikb.analyzer.synonymsOf(term.key)) add(synonym, 'synonym');
    // A real word the content never uses may still mean one it does ("bike" for "bicycle").
    if (alternatives.length === 0)
      for (const synonym of thesaurusSynonyms(term.word)) add(stemWord(synonym), 'thesaurus');
    if (alternatives.length === 0) {
      const corrected = ikb.vocabulary.correct(term.word);
      // A word of everyday English ("notation") is that word, not a typo of another ("nation"); it
      // may still meet a relative of its own ("invented" → "inventor", "scaler" → "scale").
      const relative =
        corrected !== undefined && (corrected.startsWith(term.key) || term.key.startsWith(corrected));
      if (corrected && (relative || zipfOf(term.word) < TUNING.match.typoMaxZipf)) add(corrected, 'typo');
    }
    if (partialLastWord && index === terms.length - 1) {
      for (const key of ikb.vocabulary.complete(term.word, 8)) add(key, 'prefix');
    }
    const best = alternatives[0];
    // "support", "difference", "example": the way of asking, not a topic the content lacks; nor one
    // it meets only through a thesaurus guess ("example" read as "instance").
    if (ASKING_WORDS.has(term.word) && alternatives.every((a) => a.via === 'thesaurus')) continue;
    units.push({
      word: term.word,
      key: term.key,
      alternatives,
      known: best !== undefined,
      // A number or a decimal; a dotted version ("1.2.3", as in "what does ~1.2.3 mean") names something.
      numeric: /^\d+(?:\.\d+)?$/u.test(term.word),
      commonness: commonnessOf(term.word),
      // A word known only through the thesaurus is half a stranger: it weighs between its match and an unknown word.
      idf:
        best?.via === 'thesaurus'
          ? (ikb.idf(best.key) + ikb.idf(term.key)) / 2
          : ikb.idf(best?.key ?? term.key),
    });
    if (units.length >= MAX_UNITS) break;
  }
  // The word a "what is X" question asks about, when it is an identifier the content names: one whose
  // parts the question asks too (`QueryResult`: query, result).
  const subject = definedWord(head);
  const defines = terms
    .filter((t) => t.word === subject && terms.some((part) => part.partOf === t.key))
    .filter((t) => ikb.vocabulary.has(t.key))
    .map((t) => t.key)
    .slice(0, 1);
  return {
    units,
    wantsFigure,
    answerType: answerTypeIn(ikb, head, answerTypeOf(head)),
    defines,
    procedural: asksProcedure(cleaned),
    asksExpansion: asksExpansion(cleaned),
  };
}
