import { findAcronyms } from './find-acronyms.js';
import type { GlossaryEntry, Passage, QaEntry } from './knowledge-base.js';
import { expansionsOfTerm } from './parse-glossary.js';
import { slugify } from './slugify.js';

function acronymEntry(acronym: string, expansion: string, passageId: string): QaEntry {
  return {
    id: `acronym-${slugify(acronym)}`,
    question: `What does ${acronym} stand for?`,
    phrasings: [acronym, `${acronym} meaning`, `${acronym} full form`, expansion],
    passageIds: [passageId],
    origin: 'derived',
  };
}

/** "What does AWS stand for?" for each acronym the content spells out, pointing where it is first spelled out. */
export function deriveAcronymEntries(
  glossary: readonly GlossaryEntry[],
  passages: readonly Passage[],
): QaEntry[] {
  const entries = new Map<string, QaEntry>();
  for (const g of glossary) {
    for (const [short, long] of expansionsOfTerm(g.term))
      entries.set(short.toLowerCase(), acronymEntry(short, long, g.passageId));
  }
  for (const passage of passages) {
    for (const { acronym, expansion } of findAcronyms(passage.text)) {
      if (!entries.has(acronym.toLowerCase()))
        entries.set(acronym.toLowerCase(), acronymEntry(acronym, expansion, passage.id));
    }
  }
  return [...entries.values()];
}

/** Definitional questions for every glossary name: "What is GPU?", "What is Graphics Processing Unit?". */
export function deriveGlossaryEntries(glossary: readonly GlossaryEntry[]): QaEntry[] {
  return glossary.flatMap((g) =>
    g.names.map((name): QaEntry => ({
      id: `def-${slugify(name)}`,
      question: `What is ${name}?`,
      phrasings: [name, `${name} meaning`, `What does ${name} mean?`, `Define ${name}`],
      passageIds: [g.passageId],
      origin: 'glossary',
    })),
  );
}

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

const initialsOf = (phrase: string): string =>
  phrase
    .split(/\s+/u)
    .map((w) => w[0] ?? '')
    .join('')
    .toUpperCase();

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
    if (picked.some((p) => initialsOf(p) === phrase || initialsOf(phrase) === p)) continue;
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

/** One topic question per paragraph, named after its key phrases, so any article works without curation. */
export function deriveParagraphEntries(
  passages: readonly Passage[],
  glossary: readonly GlossaryEntry[] = [],
): QaEntry[] {
  const paragraphs = passages.filter((p) => p.kind === 'paragraph');
  const names = namesInText(paragraphs.map((p) => p.text));
  return paragraphs.map((p): QaEntry => {
    const others = paragraphs.filter((o) => o !== p).map((o) => o.text);
    const phrases = keyPhrasesOf(
      p.text,
      2,
      names,
      others,
      glossary.flatMap((g) => g.names),
    );
    const opening =
      p.sentences[0]?.text
        .split(/\s+/u)
        .slice(0, 8)
        .join(' ')
        .replace(/[.,;:!?]+$/u, '') ?? p.id;
    return {
      id: `about-${p.id}`,
      question:
        phrases.length > 0
          ? `What does the article say about ${phrases.join(' and ')}?`
          : `What does the article say after “${opening}…”?`,
      phrasings: [],
      passageIds: [p.id],
      origin: 'derived',
    };
  });
}
