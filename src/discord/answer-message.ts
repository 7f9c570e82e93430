import type { Message } from 'discord.js';
import { describeKnowledge } from '../engine/index.js';
import type { BotContext } from './bot-context.js';
import { logQuestion } from './log-question.js';
import { renderAnswerFor, type DiscordMessage } from './render/render-answer.js';
import { renderHelp } from './render/render-help.js';
import { NOTICES, renderNotice } from './render/render-notice.js';

/** Answers a mention or DM with a reply to that message: cooldown, help, dedupe, engine, log. */
export async function answerMessage(message: Message, question: string, ctx: BotContext): Promise<void> {
  const verdict = ctx.cooldown.take(message.author.id);
  if (verdict === 'limited-silent') return;
  if (verdict === 'limited-notify') {
    await replyTo(message, renderNotice(NOTICES.cooldown));
    return;
  }
  const knowledge = ctx.store.getKnowledge();
  if (question === '') {
    await replyTo(message, renderHelp(describeKnowledge(knowledge).title));
    return;
  }
  const earlier = ctx.dedupe.find(message.channelId, question);
  if (earlier !== undefined) {
    await replyTo(message, renderNotice(NOTICES.earlier(earlier.link)));
    return;
  }
  const started = performance.now();
  const { answer, reply, embeds } = ctx.composeAnswer(knowledge, question);
  const sent = await replyTo(
    message,
    renderAnswerFor(reply, embeds, { askerId: message.author.id, ephemeral: false }),
  );
  // The reply's id came back with it: a repeat can link to it without asking Discord.
  const { guildId, channelId } = message;
  ctx.dedupe.remember(channelId, question, { guildId, channelId, messageId: sent.id });
  const place = { guildId: message.guildId, channelId: message.channelId, userId: message.author.id };
  const outcome = { ...answer, entryId: reply.entryId };
  logQuestion(
    ctx.logger,
    message.guildId === null ? 'dm' : 'mention',
    place,
    outcome,
    performance.now() - started,
  );
}

/** A reply to the message that never pings and still posts if the original was deleted. */
function replyTo(message: Message, body: DiscordMessage): Promise<Message> {
  return message.reply({ ...body, failIfNotExists: false });
}
