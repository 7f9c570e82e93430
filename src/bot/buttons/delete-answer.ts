import { DiscordAPIError } from 'discord.js';
import { RESTJSONErrorCodes, Routes, type APIMessageComponentInteraction } from 'discord-api-types/v10';
import type { InteractionReply } from '../interactions/interaction-reply.js';
import { userIdOf } from '../interactions/read-interaction.js';
import type { BotContext } from '../bot-context.js';
import { NOTICES, renderNotice } from '../render/render-notice.js';

/** Delete: only the asker (from the custom_id) may remove the answer. */
export async function deleteAnswer(
  interaction: APIMessageComponentInteraction,
  reply: InteractionReply,
  ctx: BotContext,
  askerId: string,
): Promise<void> {
  if (userIdOf(interaction) !== askerId) {
    await reply.message(renderNotice(NOTICES.notAsker), { ephemeral: true });
    return;
  }
  await reply.deferUpdate();
  const { message } = interaction;
  // Before deleting: a repeat of the question must not be pointed at it any more.
  ctx.dedupe.forget(message.id);
  try {
    // By id with the bot token: the bot may always delete its own messages, whoever posted them.
    await ctx.rest.delete(Routes.channelMessage(message.channel_id, message.id));
  } catch (error) {
    // Deleted already (a double click, a moderator): what the asker wanted; nothing went wrong.
    if (!(error instanceof DiscordAPIError && error.code === RESTJSONErrorCodes.UnknownMessage)) throw error;
    await reply.followUp(renderNotice(NOTICES.alreadyDeleted), { ephemeral: true });
  }
}
