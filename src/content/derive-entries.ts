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

const OPENING_WORDS = 8;

/** A short, readable opening of a passage: its first sentence, cut after a few words. */
function openingOf(passage: Passage): string {
  const first = passage.sentences[0]?.text ?? passage.text;
  const words = first.replace(/\s+/gu, ' ').trim().split(' ');
  if (words.length <= OPENING_WORDS + 2) return words.join(' ');
  return `${words
    .slice(0, OPENING_WORDS)
    .join(' ')
    .replace(/[.,;:!?]+$/u, '')}…`;
}

/** What a passage is titled by: its section's heading when it opens the section, else its opening words. */
function topicTitle(passage: Passage, opensSection: boolean): string {
  if (passage.section !== undefined && opensSection) return passage.section;
  const leading = passage.blocks?.[0];
  if (leading?.kind === 'code') {
    const name = leading.title ?? leading.language ?? 'code';
    return passage.section === undefined ? `Example (${name})` : `${passage.section}: example (${name})`;
  }
  return openingOf(passage);
}

/** The id prefix of a topic entry (`about-faq-p12`): an entry titled by one passage's opening words or its section's heading. */
export const TOPIC_ENTRY_PREFIX = 'about-';

/**
 * One topic entry per document passage, so any document works without curation. Its title is only
 * shown (the engine ranks a topic entry by its passage's text): the section heading it opens, else
 * the passage's opening words — never a pairing of words picked from the text.
 */
export function deriveTopicEntries(passages: readonly Passage[]): QaEntry[] {
  const documentPassages = passages.filter((p) => p.kind !== 'glossary');
  return documentPassages.map((p, i): QaEntry => {
    const previous = documentPassages[i - 1];
    const opensSection =
      previous === undefined || previous.section !== p.section || previous.documentId !== p.documentId;
    return {
      id: `${TOPIC_ENTRY_PREFIX}${p.id}`,
      question: topicTitle(p, opensSection),
      phrasings: [],
      passageIds: [p.id],
      origin: 'derived',
    };
  });
}
