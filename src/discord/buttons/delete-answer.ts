import {
  DiscordAPIError,
  MessageFlags,
  RESTJSONErrorCodes,
  Routes,
  type ButtonInteraction,
} from 'discord.js';
import type { BotContext } from '../bot-context.js';
import { NOTICES, renderNotice } from '../render/render-notice.js';

/** Delete: only the asker (from the custom_id) may remove the answer. */
export async function deleteAnswer(
  interaction: ButtonInteraction,
  ctx: BotContext,
  askerId: string,
): Promise<void> {
  if (interaction.user.id !== askerId) {
    await interaction.reply({ ...renderNotice(NOTICES.notAsker), flags: MessageFlags.Ephemeral });
    return;
  }
  await interaction.deferUpdate();
  // Before deleting: a repeat of the question must not be pointed at it any more.
  ctx.dedupe.forget(interaction.message.id);
  try {
    // Through REST by id: the channel may not be cached (DMs), and the bot may always delete its own messages.
    await interaction.client.rest.delete(
      Routes.channelMessage(interaction.channelId, interaction.message.id),
    );
  } catch (error) {
    // Deleted already (a double click, a moderator): what the asker wanted; nothing went wrong.
    if (!(error instanceof DiscordAPIError && error.code === RESTJSONErrorCodes.UnknownMessage)) throw error;
    await interaction.followUp({ ...renderNotice(NOTICES.alreadyDeleted), flags: MessageFlags.Ephemeral });
  }
}
