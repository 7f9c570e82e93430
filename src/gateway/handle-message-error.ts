import { DiscordAPIError, RESTJSONErrorCodes } from 'discord.js';
import type { BotContext } from '../bot/bot-context.js';
import { replyTo, type ChatMessage } from '../bot/flow/message-sender.js';
import { NOTICES, renderNotice } from '../bot/render/render-notice.js';

// When the bot cannot speak in the channel, telling the user about it would fail the same way.
const CANNOT_SEND = new Set<number | string>([
  RESTJSONErrorCodes.MissingAccess,
  RESTJSONErrorCodes.MissingPermissions,
  RESTJSONErrorCodes.CannotSendMessagesToThisUser,
  RESTJSONErrorCodes.UnknownChannel,
]);

/** The error boundary for mention and DM handlers: log everything, reply with a short note if possible. */
export async function handleMessageError(
  ctx: BotContext,
  message: ChatMessage,
  error: unknown,
): Promise<void> {
  const where = {
    messageId: message.id,
    guildId: message.guildId,
    channelId: message.channelId,
    userId: message.authorId,
  };
  ctx.logger.error({ err: error, message: where }, 'Message handler failed');
  if (error instanceof DiscordAPIError && CANNOT_SEND.has(error.code)) return;
  try {
    await replyTo(ctx.rest, message, renderNotice(NOTICES.error));
  } catch (noteError) {
    ctx.logger.warn({ err: noteError, messageId: message.id }, 'Could not tell the user about the failure');
  }
}
