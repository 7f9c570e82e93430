import { findAcronyms } from './find-acronyms.js';
import type { GlossaryEntry, Passage, QaEntry } from './knowledge-base.js';
import { keyPhrasesOfArticle } from './key-phrases.js';
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

/** One topic question per paragraph, named after its key phrases, so any article works without curation. */
export function deriveParagraphEntries(
  passages: readonly Passage[],
  glossary: readonly GlossaryEntry[] = [],
): QaEntry[] {
  const paragraphs = passages.filter((p) => p.kind === 'paragraph');
  const phrasesOf = keyPhrasesOfArticle(
    paragraphs.map((p) => p.text),
    2,
    glossary.flatMap((g) => g.names),
  );
  // Two paragraphs with the same key phrases must not share a question: the compiler keeps one entry
  // per question, and a paragraph without an entry could never be answered.
  const asked = new Set<string>();
  return paragraphs.map((p, i): QaEntry => {
    const phrases = phrasesOf[i] ?? [];
    const opening =
      p.sentences[0]?.text
        .split(/\s+/u)
        .slice(0, 8)
        .join(' ')
        .replace(/[.,;:!?]+$/u, '') ?? p.id;
    const candidates = [
      ...(phrases.length > 0 ? [`What does the article say about ${phrases.join(' and ')}?`] : []),
      `What does the article say after “${opening}…”?`,
      `What does the article say in ${p.source}?`,
    ];
    const question = candidates.find((q) => !asked.has(q.toLowerCase())) ?? `${candidates[0]} (${p.id})`;
    asked.add(question.toLowerCase());
    return {
      id: `about-${p.id}`,
      question,
      phrasings: [],
      passageIds: [p.id],
      origin: 'derived',
    };
  });
}
