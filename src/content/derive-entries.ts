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
export function deriveAcronymEntries(glossary: readonly GlossaryEntry[], passages: readonly Passage[]): QaEntry[] {
  const entries = new Map<string, QaEntry>();
  for (const g of glossary) {
    for (const [short, long] of expansionsOfTerm(g.term)) entries.set(short.toLowerCase(), acronymEntry(short, long, g.passageId));
  }
  for (const passage of passages) {
    for (const { acronym, expansion } of findAcronyms(passage.text)) {
      if (!entries.has(acronym.toLowerCase())) entries.set(acronym.toLowerCase(), acronymEntry(acronym, expansion, passage.id));
    }
  }
  return [...entries.values()];
}

/** Definitional questions for every glossary name: "What is GPU?", "What is Graphics Processing Unit?". */
export function deriveGlossaryEntries(glossary: readonly GlossaryEntry[]): QaEntry[] {
  return glossary.flatMap((g) =>
    g.names.map(
      (name): QaEntry => ({
        id: `def-${slugify(name)}`,
        question: `What is ${name}?`,
        phrasings: [name, `${name} meaning`, `What does ${name} mean?`, `Define ${name}`],
        passageIds: [g.passageId],
        origin: 'glossary',
      }),
    ),
  );
}

// Capitalised runs ("Amazon Web Services"), model names with digits ("Trainium2") and figures ("2.1 million").
const KEY_PHRASE = /\b(?:[A-Z][\p{L}\d&'’.-]*(?:\s+(?:of\s+)?[A-Z][\p{L}\d&'’.-]*)*|\$?\d[\d.,]*(?:\s+(?:million|billion|thousand|percent|%))?)/gu;
const SENTENCE_OPENERS = new Set(['The', 'A', 'An', 'This', 'That', 'In', 'So', 'But', 'And', 'When', 'While', 'With', 'First', 'Second', 'Finally', 'Furthermore', 'It', 'Its', 'For']);

/** The most telling names and figures of a paragraph, most frequent and earliest first. */
export function keyPhrasesOf(text: string, limit: number): string[] {
  const counts = new Map<string, { count: number; first: number }>();
  for (const match of text.matchAll(KEY_PHRASE)) {
    const phrase = match[0]
      .split(/\s+/u)
      .filter((w, i) => i > 0 || !SENTENCE_OPENERS.has(w))
      .join(' ')
      .replace(/['’]s$|[.,'’]+$/u, '');
    if (phrase.length < 2) continue;
    const seen = counts.get(phrase) ?? { count: 0, first: match.index };
    counts.set(phrase, { count: seen.count + 1, first: seen.first });
  }
  return [...counts.entries()]
    .sort((a, b) => b[1].count - a[1].count || a[1].first - b[1].first)
    .slice(0, limit)
    .map(([phrase]) => phrase);
}

/** One topic question per paragraph, named after its key phrases, so any article works without curation. */
export function deriveParagraphEntries(passages: readonly Passage[]): QaEntry[] {
  return passages
    .filter((p) => p.kind === 'paragraph')
    .map((p): QaEntry => {
      const phrases = keyPhrasesOf(p.text, 2);
      const topic = phrases.length > 0 ? phrases.join(' and ') : (p.sentences[0]?.text.split(/\s+/u).slice(0, 6).join(' ') ?? p.id);
      return {
        id: `about-${p.id}`,
        question: `What does the article say about ${topic}?`,
        phrasings: [],
        passageIds: [p.id],
        origin: 'derived',
      };
    });
}
