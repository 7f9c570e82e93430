// What a paragraph is about, for the topic questions derived when a content pack has no curated ones.
import { initialsOf } from './find-acronyms.js';

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

/** Words a paragraph uses more than the rest of the article does, most telling first. */
function distinctiveWords(text: string, others: readonly string[], limit: number): string[] {
  const counts = new Map<string, number>();
  for (const [word] of text.matchAll(PLAIN_WORD))
    if (!VAGUE.has(word)) counts.set(word, (counts.get(word) ?? 0) + 1);
  const spread = (word: string): number => others.filter((o) => o.toLowerCase().includes(word)).length;
  return [...counts.entries()]
    .map(([word, count]) => ({ word, weight: count / (1 + spread(word)), first: text.indexOf(word) }))
    .sort((a, b) => b.weight - a.weight || a.first - b.first)
    .slice(0, limit)
    .map((w) => w.word);
}
const SENTENCE_START = /(?:^|[.!?]["'”’)\]]?\s+)$/u;

/** Capitalised words that stand inside sentences somewhere in the article: names, not sentence openers. */
export function namesInText(paragraphs: readonly string[]): Set<string> {
  const names = new Set<string>();
  for (const text of paragraphs) {
    for (const match of text.matchAll(/\b[A-Z][\p{L}\d-]*/gu)) {
      if (!SENTENCE_START.test(text.slice(0, match.index))) names.add(match[0]);
    }
  }
  return names;
}

/** The most telling names and figures of a paragraph, most frequent and earliest first. */
export function keyPhrasesOf(
  text: string,
  limit: number,
  names: ReadonlySet<string>,
  others: readonly string[] = [],
  terms: readonly string[] = [],
): string[] {
  const counts = new Map<string, { count: number; first: number }>();
  for (const match of text.matchAll(KEY_PHRASE)) {
    const words = match[0].split(/\s+/u);
    // "Recent reports", "Some bakeries": a capital that only opens a sentence is not a name.
    if (SENTENCE_START.test(text.slice(0, match.index)) && !names.has(words[0]?.replace(/['’]s$/u, '') ?? ''))
      words.shift();
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
  // Glossary terms the paragraph uses, then the words it uses more than the rest of the article.
  const used = terms.filter((t) =>
    new RegExp(
      `(?<![\\p{L}\\p{N}])${t.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}(?![\\p{L}\\p{N}])`,
      'iu',
    ).test(text),
  );
  for (const word of [...used, ...distinctiveWords(text, others, limit)]) {
    if (picked.length >= limit) break;
    if (!picked.some((p) => p.toLowerCase().includes(word))) picked.push(word);
  }
  return picked;
}
