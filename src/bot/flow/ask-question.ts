import type { IndexedKnowledgeBase } from '../../engine/index.js';
import type { QuestionVia } from '../../store/records.js';
import type { AnswerPlace, EarlierAnswer } from '../abuse/dedupe.js';
import type { AnswerRequest, ComposedAnswer } from '../answer-cache.js';
import type { BotContext } from '../bot-context.js';
import { logQuestion } from '../log-question.js';
import { renderAnswerFor, type DiscordMessage } from '../render/render-answer.js';
import { NOTICES } from '../render/render-notice.js';

/**
 * How long a repeat waits for the lookup of the earlier answer's message before saying "just
 * above" without a link: well inside an interaction's 3 s.
 */
export const LINK_WAIT_MS = 1000;

/** Who asked, and where. */
export interface Asker {
  readonly userId: string;
  readonly guildId: string | null;
  readonly channelId: string;
}

/**
 * One question as an entry point hands it to the flow. Entry points differ only in these fields;
 * how the answer travels is the sender's business.
 */
export interface Question {
  readonly via: QuestionVia;
  readonly request: AnswerRequest;
  readonly asker: Asker;
  /**
   * Everyone (the asker gets a Delete button, and a repeat of the question in the channel is
   * pointed at the answer) or only the asker.
   */
  readonly audience: 'everyone' | 'asker';
  /** The message the answer replaces (a related question clicked by its asker); else a new message. */
  readonly replaces?: string;
  /** What a blank question gets instead of an answer (a mention with no text: the help). */
  readonly whenBlank?: (knowledge: IndexedKnowledgeBase) => DiscordMessage;
}

/** How a message is to be sent, for the sender. */
export interface Delivery {
  readonly audience: Question['audience'];
  readonly replaces: string | undefined;
  /** performance.now() when the work began: an interaction must be answered (or deferred) within 3 s. */
  readonly startedAt: number;
}

/** How answers leave for one entry point and transport: an interaction's response, or a chat reply. */
export interface AnswerSender {
  /** Interactions must always get a response; a limited chat message gets one notice, then silence. */
  readonly mustRespond: boolean;
  /** A short note for the asker (privately where the medium allows). */
  note(text: string): Promise<void>;
  /** Sends the answer; resolves with where it went, when a repeat may link to it, else null. */
  send(message: DiscordMessage, delivery: Delivery): Promise<AnswerPlace | null>;
}

/**
 * The one question flow every entry point and transport goes through: cooldown → a repeat in the
 * channel points at the earlier answer → compose (cached) → send → log and record.
 */
export async function askQuestion(ctx: BotContext, question: Question, sender: AnswerSender): Promise<void> {
  const { asker, request, audience, replaces } = question;
  const verdict = ctx.cooldown.take(asker.userId);
  if (verdict !== 'allowed') {
    ctx.metrics.question(question.via, 'cooldown');
    // Told once per limited spell, unless the medium demands a response every time (only they see it).
    if (verdict === 'limited-notify' || sender.mustRespond) await sender.note(NOTICES.cooldown);
    return;
  }
  const knowledge = ctx.store.getKnowledge();
  const startedAt = performance.now();
  const delivery: Delivery = { audience, replaces, startedAt };
  if (question.whenBlank !== undefined && request.text === '') {
    ctx.metrics.question(question.via, 'blank');
    await sender.send(question.whenBlank(knowledge), delivery);
    return;
  }
  // Only a new public message can be pointed at.
  const linkable = audience === 'everyone' && replaces === undefined;
  if (linkable) {
    let earlier = ctx.dedupe.find(asker.channelId, request.text, request.kind);
    // No await unless a lookup is under way: between finding nothing and claiming the question
    // below, no other question may run, or a burst of repeats would all answer it.
    if (earlier?.later !== undefined) earlier = await waitForLink(earlier.later);
    if (earlier !== undefined) {
      ctx.metrics.question(question.via, 'linked');
      await sender.note(NOTICES.earlier(earlier.link));
      // Still a question someone asked: counted with the answer it was pointed at (cached, so cheap).
      const repeated = ctx.composeAnswer(knowledge, request);
      if (repeated !== null) keep(ctx, question, repeated, startedAt);
      return;
    }
  }
  const composed = ctx.composeAnswer(knowledge, request);
  if (composed === null) {
    ctx.metrics.question(question.via, 'unknown_entry');
    await sender.note(NOTICES.unknownEntry);
    return;
  }
  const { reply, embeds } = composed;
  const message = renderAnswerFor(reply, embeds, { askerId: asker.userId, ephemeral: audience === 'asker' });
  // From here until it is sent, a repeat waits for this answer instead of computing its own.
  const settle = linkable ? ctx.dedupe.claim(asker.channelId, request.text, request.kind) : undefined;
  let place: AnswerPlace | null = null;
  try {
    place = await sender.send(message, delivery);
  } finally {
    settle?.(place);
  }
  // The replaced message no longer shows the answer a repeat would be pointed at.
  if (replaces !== undefined) ctx.dedupe.forget(replaces);
  const ms = keep(ctx, question, composed, startedAt);
  ctx.metrics.question(question.via, composed.outcome.answered ? 'answered' : 'declined');
  ctx.metrics.answerTime(question.via, ms / 1000);
}

/**
 * The one log line and the one record of a question, answered or pointed at an earlier answer;
 * returns the milliseconds since it was taken.
 */
function keep(ctx: BotContext, question: Question, composed: ComposedAnswer, startedAt: number): number {
  const { reply, outcome } = composed;
  const ms = performance.now() - startedAt;
  logQuestion(ctx.logger, question.via, question.asker, { question: reply.question, ...outcome }, ms);
  ctx.recorder.recordQuestion({
    at: new Date(),
    guildId: question.asker.guildId,
    via: question.via,
    question: reply.question,
    ...outcome,
    ms,
  });
  return ms;
}

/** The earlier answer's link once it is known, or none after LINK_WAIT_MS. */
async function waitForLink(later: Promise<EarlierAnswer | undefined>): Promise<EarlierAnswer | undefined> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<EarlierAnswer>((resolve) => {
    timer = setTimeout(() => resolve({ link: null }), LINK_WAIT_MS);
  });
  try {
    return await Promise.race([later, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
