import type { Message } from 'discord.js';
import { answerMessage } from './answer-message.js';
import type { BotContext } from '../bot/bot-context.js';
import type { ChatMessage } from '../bot/flow/message-sender.js';
import { handleMessageError } from './handle-message-error.js';
import { extractQuestion, mentionsBot } from '../bot/parse-mention.js';
import type { WorkTracker } from '../bot/work-tracker.js';

/**
 * The messageCreate listener: answers DMs and guild messages that mention the bot's user
 * (role mentions and @everyone/@here do not count). Ignores itself, other bots and webhooks.
 */
export function onMessageCreate(ctx: BotContext, tracker: WorkTracker): (message: Message) => void {
  return (message) => {
    if (!tracker.accepting) return;
    if (message.author.bot || message.webhookId !== null || message.system) return;
    const botId = message.client.user.id;
    if (message.author.id === botId) return;
    const inGuild = message.guildId !== null;
    if (inGuild && !mentionsBot(message.content, botId) && !message.mentions.users.has(botId)) return;
    const question = extractQuestion(message.content, botId);
    const chat: ChatMessage = {
      id: message.id,
      guildId: message.guildId,
      channelId: message.channelId,
      authorId: message.author.id,
    };
    void tracker.run(() =>
      answerMessage(ctx, chat, question).catch((error: unknown) => handleMessageError(ctx, chat, error)),
    );
  };
}
