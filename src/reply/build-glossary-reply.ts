import type { GlossaryEntry, KnowledgeBase } from '../content/knowledge-base.js';
import type { GlossaryLookup } from '../engine/index.js';
import { ECHO_LENGTH, MAX_FOLLOW_UPS, formatCitation } from './build-reply.js';
import type { FollowUp, ReplyModel } from './reply-model.js';
import { shortenText } from './shorten-text.js';

/** Turns a glossary lookup into a reply: the definition with its citation, or the closest terms. */
export function buildGlossaryReply(term: string, lookup: GlossaryLookup, kb: KnowledgeBase): ReplyModel {
  const { entry } = lookup;
  if (entry !== null) {
    const passage = kb.passages.find((p) => p.id === entry.passageId);
    const source = passage?.source ?? `glossary: ${entry.names[0] ?? entry.term}`;
    return {
      kind: 'answered',
      question: term,
      title: entry.term,
      passages: [
        {
          segments: [{ text: passage?.text ?? entry.definition, bold: false }],
          before: '',
          after: '',
          source,
        },
      ],
      intro: null,
      note: null,
      citation: formatCitation([{ source }], kb.title),
      followUps: [],
      entryId: findGlossaryEntry(entry, kb)?.id ?? null,
    };
  }
  const asked = shortenText(term.trim().replace(/\s+/g, ' '), ECHO_LENGTH);
  return {
    kind: 'declined',
    question: term,
    title: 'No such term',
    passages: [],
    intro: asked ? `No such term in the glossary: “${asked}”.` : 'No such term in the glossary.',
    note: null,
    citation: null,
    followUps: lookup.closest
      .flatMap((g): FollowUp[] => {
        const qa = findGlossaryEntry(g, kb);
        return qa ? [{ entryId: qa.id, question: qa.question }] : [];
      })
      .slice(0, MAX_FOLLOW_UPS),
    entryId: null,
  };
}

/** The Q&A entry that answers with a glossary term's passage ("What is X?"). */
function findGlossaryEntry(term: GlossaryEntry, kb: KnowledgeBase) {
  return (
    kb.entries.find((e) => e.origin === 'glossary' && e.passageIds.includes(term.passageId)) ??
    kb.entries.find((e) => e.passageIds.includes(term.passageId))
  );
}
