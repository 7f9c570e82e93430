import type { QaEntry } from '../content/knowledge-base.js';
import type { Answer, CitedPassage } from '../engine/index.js';
import type { FollowUp, QuotedPassage, ReplyModel } from './reply-model.js';
import { shortenText } from './shorten-text.js';
import { splitHighlights } from './split-highlights.js';

/** Below this confidence an answer carries a "might not be what you meant" note. */
export const MIDDLING_CONFIDENCE = 0.7;
/** How much of the asker's question is echoed back in a declined reply. */
export const ECHO_LENGTH = 200;
export const MAX_FOLLOW_UPS = 3;

/** What a reply needs from the knowledge base besides the answer. */
export interface ReplyContext {
  readonly articleTitle: string;
  readonly entries: readonly QaEntry[];
}

/** Turns the engine's Answer into the transport-neutral reply every adapter renders. */
export function buildReply(answer: Answer, context: ReplyContext): ReplyModel {
  const best = answer.best;
  if (answer.answered && best !== null && best.passages.length > 0) {
    return {
      kind: 'answered',
      question: answer.question,
      title: best.question,
      passages: best.passages.map(quotePassage),
      intro: null,
      note:
        answer.confidence < MIDDLING_CONFIDENCE
          ? 'This may not be exactly what you asked; check the quoted passage.'
          : null,
      citation: formatCitation(best.passages, context.articleTitle),
      followUps: answer.related
        .slice(0, MAX_FOLLOW_UPS)
        .map((r) => ({ entryId: r.id, question: r.question })),
      entryId: best.id,
    };
  }
  const asked = answer.question.trim();
  return {
    kind: 'declined',
    question: answer.question,
    title: 'Not in the article',
    passages: [],
    intro: asked
      ? `The article doesn't cover “${shortenText(asked.replace(/\s+/g, ' '), ECHO_LENGTH)}”.`
      : "The article doesn't cover that.",
    note: null,
    citation: null,
    followUps: findFollowUps(answer.suggestions, context.entries),
    entryId: null,
  };
}

/** A cited passage as plain and bold runs. */
export function quotePassage(passage: CitedPassage): QuotedPassage {
  return { segments: splitHighlights(passage.text, passage.highlights), source: passage.source };
}

/** `Source: article ¶3 — Title`, or `Sources: a, b — Title` for several passages. */
export function formatCitation(
  passages: readonly { readonly source: string }[],
  articleTitle: string,
): string {
  const sources = [...new Set(passages.map((p) => p.source))];
  return `${sources.length > 1 ? 'Sources' : 'Source'}: ${sources.join(', ')} — ${articleTitle}`;
}

/** Suggested questions that name a known entry (a button needs the entry id). */
function findFollowUps(questions: readonly string[], entries: readonly QaEntry[]): FollowUp[] {
  const follow: FollowUp[] = [];
  for (const question of questions) {
    const entry = entries.find((e) => e.question === question);
    if (entry && !follow.some((f) => f.entryId === entry.id)) follow.push({ entryId: entry.id, question });
  }
  return follow.slice(0, MAX_FOLLOW_UPS);
}
