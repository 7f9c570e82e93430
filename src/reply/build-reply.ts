import {
  SURE_CONFIDENCE,
  type Answer,
  type CitedPassage,
  type Passage,
  type RelatedQuestion,
} from '../engine/index.js';
import { formatCitation, sourceWithin } from './format-citation.js';
import { wholeTokens } from './mark-words.js';
import { nameContent, notCoveredBy } from './name-content.js';
import { quoteDocument } from './quote-document.js';
import { safeHttpUrl } from './safe-http-url.js';
import type { FollowUp, QuotedPassage, ReplyModel } from './reply-model.js';
import { shortenText } from './shorten-text.js';
import { splitHighlights } from './split-highlights.js';

export { formatCitation } from './format-citation.js';

/** How much of the asker's question is echoed back in a declined reply. */
export const ECHO_LENGTH = 200;
export const MAX_FOLLOW_UPS = 3;

/** What a reply needs from the knowledge base besides the answer. */
export interface ReplyContext {
  readonly articleTitle: string;
  /** How many documents the folder has: with several, each citation names its own (default 1). */
  readonly documents?: number;
  /** The knowledge base's passage by id, so document passages show as their blocks (absent: plain text). */
  readonly passageOf?: (id: string) => Passage | undefined;
}

/** Turns the engine's Answer into the transport-neutral reply every adapter renders. */
export function buildReply(answer: Answer, context: ReplyContext): ReplyModel {
  const best = answer.best;
  if (answer.answered && best !== null && best.passages.length > 0) {
    return {
      kind: 'answered',
      question: answer.question,
      title: best.question,
      passages: best.passages.map((p) => ({
        ...quotePassage(p, context.passageOf?.(p.id), best.passages.length === 1),
        source: sourceWithin(p.source, context.articleTitle, context.documents),
      })),
      intro: null,
      note:
        answer.confidence < SURE_CONFIDENCE
          ? 'This may not be exactly what you asked; check the quoted passage.'
          : null,
      citation: formatCitation(best.passages, context.articleTitle, context.documents),
      followUps: toFollowUps(answer.related),
      entryId: best.id,
    };
  }
  const asked = answer.question.trim();
  const content = nameContent(context.articleTitle, context.documents);
  return {
    kind: 'declined',
    question: answer.question,
    title: `Not in ${content.name}`,
    passages: [],
    intro: notCoveredBy(content, asked ? shortenText(asked.replace(/\s+/g, ' '), ECHO_LENGTH) : null),
    note: null,
    citation: null,
    followUps: toFollowUps(answer.suggestions),
    entryId: null,
  };
}

/**
 * A cited passage as its answering sentences in plain and bold runs, and the text around them;
 * with its document blocks too when the knowledge base has them (`found`). `alone`: the only
 * passage of its answer.
 */
export function quotePassage(passage: CitedPassage, found?: Passage, alone = true): QuotedPassage {
  const { text } = passage;
  const start = Math.min(text.length, ...passage.sentences.map((s) => s.start));
  const end = passage.sentences.length === 0 ? text.length : Math.max(...passage.sentences.map((s) => s.end));
  const lead = text.slice(start, end);
  const highlights = wholeTokens(text, passage.highlights).map((h) => ({
    start: h.start - start,
    end: h.end - start,
  }));
  const quoted: QuotedPassage = {
    segments: splitHighlights(lead, highlights),
    before: text.slice(0, start).trim(),
    after: text.slice(end).trim(),
    source: passage.source,
  };
  const url = found?.url === undefined ? null : safeHttpUrl(found.url);
  const document = quoteDocument(passage, found, alone);
  return {
    ...quoted,
    ...(url === null ? {} : { url }),
    ...(document === null ? {} : { document }),
  };
}

function toFollowUps(questions: readonly RelatedQuestion[]): FollowUp[] {
  return questions.slice(0, MAX_FOLLOW_UPS).map((q) => ({ entryId: q.id, question: q.question }));
}
