import type { Answer, AnswerEntry, RelatedQuestion } from './answer.js';
import type { IndexedKnowledgeBase } from '../indexing/build-index.js';
import { ANSWER_THRESHOLD, chooseAnswer } from '../ranking/decide.js';
import { TUNING } from '../tuning.js';
import { answeringSentences } from '../ranking/window-coverage.js';
import { answeringSentenceOf } from './cite-passage.js';
import { highlightPassage } from './highlight-passage.js';
import { sectionEntryOf } from './section-entry.js';
import { shownPassages } from './shown-passages.js';
import { asksForOverview, overviewEntryIndex } from './overview.js';
import { rankEntries } from '../ranking/rank-entries.js';
import type { RankedEntry } from '../ranking/ranked-entry.js';
import { resolveQuery, type ResolvedQuery } from '../query/resolve-query.js';

const MAX_RELATED = 3;
const MAX_SUGGESTIONS = 3;
const RELATED_MIN_COVERAGE = 0.3;
// A question about the whole article names nothing to match; the first paragraph answers it fairly,
// with no caution.
const OVERVIEW_CONFIDENCE = TUNING.decision.sure;

function toAnswerEntry(
  ikb: IndexedKnowledgeBase,
  entryIndex: number,
  matchedKeys: ReadonlySet<string>,
  query: ResolvedQuery,
): AnswerEntry {
  const { entry, passageIndexes } = ikb.entries[entryIndex]!;
  const answering = answeringSentences(ikb, query, entryIndex);
  // The best-matching passage leads the ranking (shownPassages), but the reader sees the passages as
  // the page has them: a sentence ending in ':' comes before the code or table it introduces.
  const shown = inDocumentOrder(shownPassages(ikb, query, entryIndex), passageIndexes);
  const passages = shown.map((i) => {
    const p = passageIndexes[i]!;
    const passage = ikb.kb.passages[p]!;
    return {
      id: passage.id,
      text: passage.text,
      source: passage.source,
      highlights: highlightPassage(ikb.analyzer, passage.text, matchedKeys),
      sentences: (answering[i] ?? []).map((s) => answeringSentenceOf(ikb, p, s)),
    };
  });
  return { id: entry.id, question: entry.question, passages };
}

/** Positions in an entry, sorted by where their passages stand in the content (its passage order). */
function inDocumentOrder(positions: readonly number[], passageIndexes: readonly number[]): number[] {
  return [...positions].sort((a, b) => (passageIndexes[a] ?? 0) - (passageIndexes[b] ?? 0));
}

/**
 * Distinct entries, one per passage (its first), skipping the passages already shown; each candidate
 * first goes through `as` (suggestions name a passage's section rather than its opening words).
 */
function distinctEntries(
  ikb: IndexedKnowledgeBase,
  candidates: Iterable<number>,
  shown: Set<string>,
  limit: number,
  as: (entryIndex: number) => number = (entryIndex) => entryIndex,
): RelatedQuestion[] {
  const picked: RelatedQuestion[] = [];
  for (const candidate of candidates) {
    if (picked.length >= limit) break;
    const { entry } = ikb.entries[as(candidate)]!;
    const passage = entry.passageIds[0] ?? entry.id;
    if (shown.has(passage)) continue;
    shown.add(passage);
    picked.push({ id: entry.id, question: entry.question });
  }
  return picked;
}

function rank(ikb: IndexedKnowledgeBase, question: string): { query: ResolvedQuery; ranked: RankedEntry[] } {
  const query = resolveQuery(ikb, question);
  return { query, ranked: rankEntries(ikb, query) };
}

/** Answers a free-text question from the knowledge base, or declines with suggestions. Pure; never throws. */
export function answerQuestion(ikb: IndexedKnowledgeBase, question: string): Answer {
  const text = typeof question === 'string' ? question : '';
  const { query, ranked } = rank(ikb, text);
  const { entry: top, confidence } = chooseAnswer(ikb, query, ranked);
  const overview = ranked.length === 0 && asksForOverview(text) ? overviewEntryIndex(ikb) : undefined;
  if (overview !== undefined) {
    const answer = answerEntry(ikb, ikb.kb.entries[overview]?.id ?? '');
    if (answer) return { ...answer, question: text, confidence: OVERVIEW_CONFIDENCE };
  }
  if (top && confidence >= ANSWER_THRESHOLD) {
    const best = toAnswerEntry(ikb, top.entryIndex, new Set(top.matchedKeys), query);
    const shown = new Set(best.passages.map((p) => p.id));
    const nearby = ranked
      .filter((r) => r !== top && r.coverage >= RELATED_MIN_COVERAGE)
      .map((r) => r.entryIndex);
    return {
      question: text,
      answered: true,
      confidence,
      best,
      related: distinctEntries(ikb, nearby, shown, MAX_RELATED),
      suggestions: [],
    };
  }
  // The ranked entries first, then the featured ones (one per passage: 10,000 on a large index, so
  // they are read where the ranked ones leave off rather than copied behind them).
  const seen = new Set<string>();
  const suggest = (entryIndex: number): number => sectionEntryOf(ikb, entryIndex);
  const suggestions = distinctEntries(
    ikb,
    ranked.map((r) => r.entryIndex),
    seen,
    MAX_SUGGESTIONS,
    suggest,
  );
  if (suggestions.length < MAX_SUGGESTIONS)
    suggestions.push(
      ...distinctEntries(ikb, ikb.featured, seen, MAX_SUGGESTIONS - suggestions.length, suggest),
    );
  return {
    question: text,
    answered: false,
    confidence,
    best: null,
    related: [],
    suggestions,
  };
}

/** The answer for one known entry id (a related-question button); null if the id is unknown. */
export function answerEntry(ikb: IndexedKnowledgeBase, entryId: string): Answer | null {
  const entryIndex = ikb.entryIndexById.get(entryId);
  if (entryIndex === undefined) return null;
  const { entry } = ikb.entries[entryIndex]!;
  const { query, ranked } = rank(ikb, entry.question);
  const own = ranked.find((r) => r.entryIndex === entryIndex);
  const best = toAnswerEntry(ikb, entryIndex, new Set(own?.matchedKeys ?? []), query);
  const shown = new Set(best.passages.map((p) => p.id));
  const nearby = ranked
    .filter((r) => r !== own && r.coverage >= RELATED_MIN_COVERAGE)
    .map((r) => r.entryIndex);
  return {
    question: entry.question,
    answered: true,
    confidence: 1,
    best,
    related: distinctEntries(ikb, nearby, shown, MAX_RELATED),
    suggestions: [],
  };
}
