import type { IndexedKnowledgeBase } from '../indexing/build-index.js';
import type { ResolvedQuery } from '../query/resolve-query.js';
import { evidenceFactor } from './evidence.js';
import { guessedShare } from './strangeness.js';
import { knownShare } from './known-share.js';
import { asksOtherwise } from './asks-otherwise.js';
import { curatedKept, curatedSharesOf, type CuratedShares } from './curated-kept.js';
import { absentShare } from './absent-share.js';
import type { RankedEntry } from './ranked-entry.js';
import { TUNING, type Widened } from '../tuning.js';
import { windowCoverage } from './window-coverage.js';

/** Answers at or above this confidence are given; below it the engine declines with suggestions. */
export const ANSWER_THRESHOLD = TUNING.decision.threshold;
/** Answers below this confidence may not be what was asked, and adapters say so. */
export const SURE_CONFIDENCE = TUNING.decision.sure;

/**
 * Confidence 0..1 that the top-ranked entry answers the question. Two readings, the better one
 * counts: how much of the question the entry's own words and passage cover (content idf, curated
 * phrasings), and, for a bare paragraph or a document section, how much of it two adjacent sentences
 * say (rarity in everyday English) — only when the question has no rare word the content never uses,
 * and, for a section, few words the content says elsewhere. Curated and glossary entries keep the
 * first reading alone: their phrasings say what they answer, and a question that shares their names
 * but not their phrasings asks something else. A "when" or "how many" question whose words stand
 * beside no date or figure is not answered.
 */
export function confidenceOf(
  ikb: IndexedKnowledgeBase,
  query: ResolvedQuery,
  top: RankedEntry | undefined,
): number {
  return top ? readingOf(ikb, query, top).confidence : 0;
}

/**
 * How near one entry comes to answering, whether or not it holds the date or figure asked for: a
 * "how much does it cost per hour?" that the pricing paragraph cannot answer is still about it.
 */
export function closenessOf(ikb: IndexedKnowledgeBase, query: ResolvedQuery, ranked: RankedEntry): number {
  return readingOf(ikb, query, ranked).closeness;
}

/** What the decision reads of one ranked entry, before any threshold is applied. */
export interface Reading extends CuratedShares {
  /** Own coverage backed by evidence, 0..1. */
  readonly entry: number;
  /** The share of the question two adjacent sentences say (window-coverage.ts). */
  readonly window: number;
  /** The rarity weight that window covers (window-coverage.ts). */
  readonly windowEvidence: number;
  /** A bare paragraph (derived entry): the window reading may count for it. */
  readonly bare: boolean;
  /** A document section (heading entry): its window reading may count too (absent-share.ts). */
  readonly section: boolean;
  /** For a section, the share of the question the content says but the section does not (absent-share.ts). */
  readonly absent: number;
  /** The question has a word the content never uses that marks another topic: the window reading does not count. */
  readonly strangeWord: boolean;
  /** The share of the question the content meets only through the thesaurus (strangeness.ts). */
  readonly guessed: number;
  /** The share of the question's information in words the content uses, when it has a stranger (known-share.ts). */
  readonly known: number;
  /** The question names something beyond everyday words (window-coverage.ts): else the window reading does not count. */
  readonly telling: boolean;
  readonly kindFound: boolean;
  /** The question asks what the entry cannot answer (asks-otherwise.ts): no reading counts. */
  readonly otherwise: boolean;
}

/** The thresholds a decision is made with (TUNING.decision; evaluation replays others to cross-validate). */
export type DecisionTuning = Pick<
  Widened<typeof TUNING.decision>,
  | 'threshold'
  | 'windowThreshold'
  | 'bareEntryThreshold'
  | 'minWindowEvidence'
  | 'guessedDiscount'
  | 'guessedWindowDiscount'
  | 'missedNameDiscount'
  | 'unknownOrdinaryDiscount'
  | 'minKnownShare'
  | 'maxSectionAbsentShare'
  | 'missingKindFactor'
  | 'kindLeaders'
  | 'kindMargin'
  | 'tieMargin'
>;

/** What the decision reads of one entry. */
export function readEntry(ikb: IndexedKnowledgeBase, query: ResolvedQuery, ranked: RankedEntry): Reading {
  const entry = Math.max(
    0,
    Math.min(1, ranked.coverage * evidenceFactor(ranked.evidence, ranked.reverseCoverage)),
  );
  const { window, evidence, strangeWord, kindFound, telling } = windowCoverage(ikb, query, ranked.entryIndex);
  const origin = ikb.entries[ranked.entryIndex]?.entry.origin;
  const bareParagraph = origin === 'derived';
  const section = origin === 'heading';
  const guessed = guessedShare(query);
  return {
    entry,
    window,
    windowEvidence: evidence,
    bare: bareParagraph,
    section,
    absent: section ? absentShare(ikb, query, ranked.entryIndex) : 0,
    strangeWord,
    guessed,
    known: knownShare(query),
    telling,
    kindFound,
    ...curatedSharesOf(ikb, query, ranked.entryIndex),
    otherwise: asksOtherwise(ikb, query, ranked.entryIndex),
  };
}

/** The confidence a reading gives, before (closeness) and after the kind of answer is checked. */
export function confidenceFrom(
  reading: Reading,
  decision: DecisionTuning = TUNING.decision,
): { confidence: number; closeness: number } {
  if (reading.otherwise) return { confidence: 0, closeness: 0 };
  // What a reading keeps when the share of the question met only through thesaurus guesses is
  // discounted by `discount` (0: nothing taken, 1: all of that share).
  const kept = (discount: number): number => Math.max(0, 1 - discount * reading.guessed);
  // The window reading has its own bar; shifted onto the entry's scale, one threshold decides both.
  // Words found only through a thesaurus guess ("founded" read as "launch") tell that the question asks
  // what the passage does not say, however many of its other words stand together there.
  const fromWindow = Math.min(
    1,
    (reading.window + decision.threshold - decision.windowThreshold) * kept(decision.guessedWindowDiscount),
  );
  // A section reads like a paragraph unless the question asks words the content says elsewhere.
  const windowed = reading.bare || (reading.section && reading.absent <= decision.maxSectionAbsentShare);
  const windowCounts =
    windowed &&
    reading.telling &&
    !reading.strangeWord &&
    reading.known >= decision.minKnownShare &&
    reading.windowEvidence >= decision.minWindowEvidence;
  // A bare paragraph's own coverage is a weaker reading than a curated entry's: it has its own bar too.
  const entry = reading.bare
    ? reading.entry + decision.threshold - decision.bareEntryThreshold
    : reading.entry;
  // A question the content meets only through thesaurus guesses asks about something else, whatever
  // names it shares with an entry written to answer something: that entry's own coverage counts for
  // less (a curated one also for names it misses and things the content never mentions:
  // curated-kept.ts). A bare paragraph's own reading has a bar of its own.
  const own = reading.bare ? entry : entry * kept(decision.guessedDiscount) * curatedKept(reading, decision);
  const closeness = Math.max(0, Math.min(1, windowCounts ? Math.max(own, fromWindow) : own));
  return {
    confidence: reading.kindFound ? closeness : closeness * decision.missingKindFactor,
    closeness,
  };
}

function readingOf(
  ikb: IndexedKnowledgeBase,
  query: ResolvedQuery,
  ranked: RankedEntry,
): { confidence: number; closeness: number; kindFound: boolean } {
  const reading = readEntry(ikb, query, ranked);
  return { ...confidenceFrom(reading), kindFound: reading.kindFound };
}

/** The entry to answer with, and how confident the engine is in it. */
export interface Choice {
  readonly entry: RankedEntry | undefined;
  readonly confidence: number;
}

/** A leader the decision may pick: its ranking score and what the decision reads of it. */
export interface Candidate {
  readonly score: number;
  readonly reading: Reading;
}

/**
 * Which of the leaders answers (-1: none) and with what confidence: of the leaders as relevant as the
 * top one (within `tieMargin`), the one the decision trusts most; and when it lacks the date or figure
 * asked for ("how many …?" met by a definition), one of the next leaders, nearly as relevant (within
 * `kindMargin`), that has it. `leaders` need only hold the top one and those within reach of it.
 */
export function decideAmong(
  leaders: readonly Candidate[],
  asksForKind: boolean,
  decision: DecisionTuning = TUNING.decision,
): { index: number; confidence: number } {
  const top = leaders[0];
  if (!top) return { index: -1, confidence: 0 };
  let index = 0;
  let { confidence } = confidenceFrom(top.reading, decision);
  for (let i = 1; i < Math.min(leaders.length, decision.kindLeaders); i++) {
    const other = leaders[i]!;
    if (other.score < top.score - decision.tieMargin) break;
    // Entries read alike (bare paragraphs, or entries with phrasings of their own) compare.
    if (other.reading.bare !== top.reading.bare) continue;
    const tied = confidenceFrom(other.reading, decision).confidence;
    if (tied > confidence) [index, confidence] = [i, tied];
  }
  if (!asksForKind || confidence >= decision.threshold) return { index, confidence };
  for (let i = 1; i < Math.min(leaders.length, decision.kindLeaders); i++) {
    const other = leaders[i]!;
    if (other.score < top.score - decision.kindMargin) break;
    const found = confidenceFrom(other.reading, decision).confidence;
    if (other.reading.kindFound && found >= decision.threshold) return { index: i, confidence: found };
  }
  return { index, confidence };
}

/**
 * The leaders a decision may pick from, each read: the top one, those within `reach` of it, and for a
 * question asking for a kind of answer the next ones up to `limit`.
 */
export function candidatesOf(
  ikb: IndexedKnowledgeBase,
  query: ResolvedQuery,
  ranked: readonly RankedEntry[],
  limit: number = TUNING.decision.kindLeaders,
  reach: number = TUNING.decision.tieMargin,
): Candidate[] {
  const top = ranked[0]?.score ?? 0;
  return ranked
    .slice(0, limit)
    .filter((r, i) => i === 0 || query.answerType !== undefined || r.score >= top - reach)
    .map((r) => ({ score: r.score, reading: readEntry(ikb, query, r) }));
}

/** The entry to answer with, and how confident the engine is in it. */
export function chooseAnswer(
  ikb: IndexedKnowledgeBase,
  query: ResolvedQuery,
  ranked: readonly RankedEntry[],
): Choice {
  const top = ranked[0];
  if (!top) return { entry: undefined, confidence: 0 };
  const { kindLeaders, tieMargin } = TUNING.decision;
  const leaders = ranked
    .slice(0, kindLeaders)
    .filter((r, i) => i === 0 || r.score >= top.score - tieMargin)
    .map((r) => ({ score: r.score, reading: readEntry(ikb, query, r) }));
  // Reading the next leaders costs time: only when the top ones fall short for want of a kind.
  const short = decideAmong(leaders, false).confidence < ANSWER_THRESHOLD;
  if (query.answerType !== undefined && short)
    leaders.push(...candidatesOf(ikb, query, ranked.slice(leaders.length), kindLeaders - leaders.length));
  const { index, confidence } = decideAmong(leaders, query.answerType !== undefined);
  return { entry: index < 0 ? undefined : ranked[index], confidence };
}
