// What a paragraph is about, for the topic questions derived when a content pack has no curated ones.
import { initialsOf } from './find-acronyms.js';
import { createTermFinder } from './find-terms.js';
import { countParagraphsWith, wordsInParagraphs } from './word-spread.js';

// Capitalised runs ("Amazon Web Services") and model names with digits ("Trainium2").
const KEY_PHRASE = /\b[A-Z][\p{L}\d&'’.-]*(?:\s+(?:of\s+)?[A-Z][\p{L}\d&'’.-]*)*/gu;
const PLAIN_WORD = /\b\p{Ll}{5,}\b/gu;
const VAGUE = new Set([
  'about',
  'after',
  'again',
  'being',
  'could',
  'every',
  'other',
  'their',
  'there',
  'these',
  'those',
  'which',
  'while',
  'where',
  'would',
  'often',
  'usually',
  'since',
  'still',
  'until',
  'through',
  'between',
  'because',
  'before',
  'during',
  'should',
  'rather',
  'than',
  'people',
  'thing',
  'things',
  'really',
  'little',
]);

/** How often a paragraph uses each of its plain words, in order of first use. */
function plainWordCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const [word] of text.matchAll(PLAIN_WORD))
    if (!VAGUE.has(word)) counts.set(word, (counts.get(word) ?? 0) + 1);
  return counts;
}

/** Words a paragraph uses more than the rest of the article does, most telling first. */
function distinctiveWords(
  text: string,
  counts: ReadonlyMap<string, number>,
  spread: (word: string) => number,
  limit: number,
): string[] {
  return [...counts.entries()]
    .map(([word, count]) => ({ word, weight: count / (1 + spread(word)), first: text.indexOf(word) }))
    .sort((a, b) => b.weight - a.weight || a.first - b.first)
    .slice(0, limit)
    .map((w) => w.word);
}

const CLOSERS = new Set(['"', "'", '”', '’', ')', ']']);
const SPACE = /^\s$/u;

/**
 * Whether the text before `index` is empty or ends a sentence: `[.!?]`, an optional closing quote or
 * bracket, then whitespace. Looks back from `index` rather than testing a regex on the whole prefix,
 * which cost time in proportion to the paragraph for every capitalised word.
 */
function opensSentence(text: string, index: number): boolean {
  if (index === 0) return true;
  let at = index;
  while (at > 0 && SPACE.test(text[at - 1] ?? '')) at--;
  if (at === index) return false;
  if (CLOSERS.has(text[at - 1] ?? '')) at--;
  return '.!?'.includes(text[at - 1] ?? 'x');
}

/** Capitalised words that stand inside sentences somewhere in the article: names, not sentence openers. */
export function namesInText(paragraphs: readonly string[]): Set<string> {
  const names = new Set<string>();
  for (const text of paragraphs) {
    for (const match of text.matchAll(/\b[A-Z][\p{L}\d-]*/gu)) {
      if (!opensSentence(text, match.index)) names.add(match[0]);
    }
  }
  return names;
}

/** The names and figures of a paragraph, most frequent and earliest first, up to `limit`. */
function namedPhrasesOf(text: string, limit: number, names: ReadonlySet<string>): string[] {
  const counts = new Map<string, { count: number; first: number }>();
  for (const match of text.matchAll(KEY_PHRASE)) {
    const words = match[0].split(/\s+/u);
    // "Recent reports", "Some bakeries": a capital that only opens a sentence is not a name.
    if (opensSentence(text, match.index) && !names.has(words[0]?.replace(/['’]s$/u, '') ?? '')) words.shift();
    const phrase = words.join(' ').replace(/['’]s$|[.,'’]+$/u, '');
    if (phrase.length < 2) continue;
    const seen = counts.get(phrase) ?? { count: 0, first: match.index };
    counts.set(phrase, { count: seen.count + 1, first: seen.first });
  }
  const picked: string[] = [];
  const ranked = [...counts.entries()].sort((a, b) => b[1].count - a[1].count || a[1].first - b[1].first);
  for (const [phrase] of ranked) {
    // "Amazon Web Services" and "AWS" name one thing.
    if (picked.some((p) => initialsOf(p.split(/\s+/u)) === phrase || initialsOf(phrase.split(/\s+/u)) === p))
      continue;
    picked.push(phrase);
    if (picked.length >= limit) break;
  }
  return picked;
}

/**
 * The most telling names and figures of each paragraph, then the glossary terms it uses, then the
 * words it uses more than the rest of the article. The article is indexed once (which paragraphs
 * hold each word, which names each paragraph uses), so the cost grows with the article's length.
 */
export function keyPhrasesOfArticle(
  paragraphs: readonly string[],
  limit: number,
  terms: readonly string[] = [],
): string[][] {
  const names = namesInText(paragraphs);
  const wordCounts = paragraphs.map(plainWordCounts);
  const holding = wordsInParagraphs(paragraphs, new Set(wordCounts.flatMap((counts) => [...counts.keys()])));
  const paragraphsWith = countParagraphsWith(holding);
  const finder = createTermFinder(terms);
  return paragraphs.map((text, i) => {
    const picked = namedPhrasesOf(text, limit, names);
    if (picked.length >= limit) return picked;
    // The other paragraphs that contain the word (as `includes` would find it).
    const spread = (word: string): number =>
      (paragraphsWith.get(word) ?? 0) - (holding[i]?.has(word) === true ? 1 : 0);
    const counts = wordCounts[i] ?? new Map<string, number>();
    for (const word of [...finder.termsIn(text), ...distinctiveWords(text, counts, spread, limit)]) {
      if (picked.length >= limit) break;
      if (!picked.some((p) => p.toLowerCase().includes(word))) picked.push(word);
    }
    return picked;
  });
}
