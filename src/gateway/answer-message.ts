import { describeKnowledge } from '../engine/index.js';
import type { BotContext } from '../bot/bot-context.js';
import { askQuestion } from '../bot/flow/ask-question.js';
import { messageSender, type ChatMessage } from '../bot/flow/message-sender.js';
import { renderHelp } from '../bot/render/render-help.js';

/** Answers a mention or DM with a reply to that message; a mention without a question gets the help. */
export function answerMessage(ctx: BotContext, message: ChatMessage, question: string): Promise<void> {
  const { authorId: userId, guildId, channelId } = message;
  return askQuestion(
    ctx,
    {
      via: guildId === null ? 'dm' : 'mention',
      request: { kind: 'question', text: question },
      asker: { userId, guildId, channelId },
      audience: 'everyone',
      whenBlank: (knowledge) => renderHelp(describeKnowledge(knowledge).documents),
    },
    messageSender(message, ctx.rest),
  );
}
