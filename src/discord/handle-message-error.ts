import { DiscordAPIError, RESTJSONErrorCodes, type Message } from 'discord.js';
import type { Logger } from '../logging/logger.js';
import { NOTICES, renderNotice } from './render/render-notice.js';

// When the bot cannot speak in the channel, telling the user about it would fail the same way.
const CANNOT_SEND = new Set<number | string>([
  RESTJSONErrorCodes.MissingAccess,
  RESTJSONErrorCodes.MissingPermissions,
  RESTJSONErrorCodes.CannotSendMessagesToThisUser,
  RESTJSONErrorCodes.UnknownChannel,
]);

/** The error boundary for mention and DM handlers: log everything, reply with a short note if possible. */
export async function handleMessageError(message: Message, error: unknown, logger: Logger): Promise<void> {
  const where = {
    messageId: message.id,
    guildId: message.guildId,
    channelId: message.channelId,
    userId: message.author.id,
  };
  logger.error({ err: error, message: where }, 'Message handler failed');
  if (error instanceof DiscordAPIError && CANNOT_SEND.has(error.code)) return;
  try {
    await message.reply({ ...renderNotice(NOTICES.error), failIfNotExists: false });
  } catch (noteError) {
    logger.warn({ err: noteError, messageId: message.id }, 'Could not tell the user about the failure');
  }
}
