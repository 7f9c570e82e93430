import type { GlossaryLookup } from '../engine/index.js';
import { ECHO_LENGTH, MAX_FOLLOW_UPS, formatCitation, type ReplyContext } from './build-reply.js';
import type { ReplyModel } from './reply-model.js';
import { shortenText } from './shorten-text.js';

/** Turns a glossary lookup into a reply: the definition with its citation, or the closest terms. */
export function buildGlossaryReply(term: string, lookup: GlossaryLookup, context: ReplyContext): ReplyModel {
  const { definition } = lookup;
  if (definition !== null) {
    const { passage } = definition;
    return {
      kind: 'answered',
      question: term,
      title: definition.term,
      // A definition is quoted whole and plain: it was found by name, so no word of it is a match.
      passages: [
        { segments: [{ text: passage.text, bold: false }], before: '', after: '', source: passage.source },
      ],
      intro: null,
      note: null,
      citation: formatCitation([passage], context.articleTitle, context.documents),
      followUps: [],
      entryId: definition.entryId,
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
    followUps: lookup.closest.slice(0, MAX_FOLLOW_UPS).map((q) => ({ entryId: q.id, question: q.question })),
    entryId: null,
  };
}
