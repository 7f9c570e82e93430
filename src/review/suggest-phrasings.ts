import type { Passage } from '../content/knowledge-base.js';
import type { CuratedQuestion } from '../content/questions-file.js';
import type { IndexedKnowledgeBase } from '../engine/index.js';
import { slugify } from '../content/slugify.js';
import { shortenText } from '../reply/shorten-text.js';
import { stripUnsafeCharacters } from '../reply/strip-unsafe-characters.js';
import type { DeclinedGroup } from './review.js';

const DEFAULT_LIMIT = 10;
const MAX_PHRASINGS = 20;
const MAX_ID = 40;
const MIN_QUOTE = 10;

/** Curated phrasings for the largest declined groups, and the groups that no passage comes close to. */
export interface Suggestions {
  /** questions.json's shape, to edit and merge into the content folder's own. */
  readonly file: { readonly questions: readonly CuratedQuestion[] };
  /** Groups left out: nothing in the content comes close (they need new content, not a phrasing). */
  readonly uncovered: readonly DeclinedGroup[];
}

const squash = (text: string): string => text.replace(/\s+/gu, ' ').trim();
const clean = (text: string): string => squash(stripUnsafeCharacters(text));

/**
 * The shortest run of whole sentences from the passage's start that is verbatim in it and in no
 * other passage, as the compiler resolves a quote (spacing squashed); the whole passage otherwise.
 */
export function quoteOf(passage: Passage, passages: readonly Passage[]): string | undefined {
  const text = squash(passage.text);
  const others = passages.filter((p) => p !== passage).map((p) => squash(p.text));
  const unique = (quote: string): boolean =>
    quote.length >= MIN_QUOTE && !others.some((o) => o.includes(quote));
  let end = 0;
  for (const sentence of passage.sentences) {
    const at = text.indexOf(squash(sentence.text), end);
    if (at < 0) break;
    end = at + squash(sentence.text).length;
    const quote = text.slice(0, end).trim();
    if (unique(quote)) return quote;
  }
  return unique(text) ? text : undefined;
}

/** A kebab-case id from the question, within 40 characters, that no entry and no other suggestion has. */
function idFor(question: string, taken: Set<string>): string {
  let base = slugify(question);
  if (base.length > MAX_ID - 3) base = base.slice(0, MAX_ID - 3).replace(/-[^-]*$/u, '');
  base ||= 'asked-question';
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

/**
 * questions.json entries for the largest declined groups that come close to a passage: the most
 * asked wording as the question, the others as phrasings, and a verbatim quote of the closest
 * passage, so `validate-content` accepts the file merged into the folder's own. Pure.
 */
export function suggestPhrasings(
  groups: readonly DeclinedGroup[],
  knowledge: IndexedKnowledgeBase,
  limit = DEFAULT_LIMIT,
): Suggestions {
  const { kb } = knowledge;
  const taken = new Set(kb.entries.map((e) => e.id));
  const questions: CuratedQuestion[] = [];
  const uncovered: DeclinedGroup[] = [];
  for (const group of groups) {
    if (questions.length >= limit) break;
    const passage = kb.passages.find((p) => p.id === group.closest?.passageId);
    const quote = passage && quoteOf(passage, kb.passages);
    const wordings = group.wordings.map(clean).filter((w) => w.length > 0);
    const question = wordings.find((w) => w.length >= 3);
    if (quote === undefined || question === undefined) {
      uncovered.push(group);
      continue;
    }
    const phrasings = [...new Set(wordings.filter((w) => w.toLowerCase() !== question.toLowerCase()))]
      .slice(0, MAX_PHRASINGS)
      .map((w) => shortenText(w, 300));
    questions.push({ id: idFor(question, taken), question: shortenText(question, 200), phrasings, quote });
  }
  return { file: { questions }, uncovered };
}
