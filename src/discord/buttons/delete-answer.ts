import { MessageFlags, Routes, type ButtonInteraction } from 'discord.js';
import { NOTICES, renderNotice } from '../render/render-notice.js';

/** Delete: only the asker (from the custom_id) may remove the answer. */
export async function deleteAnswer(interaction: ButtonInteraction, askerId: string): Promise<void> {
  if (interaction.user.id !== askerId) {
    await interaction.reply({ ...renderNotice(NOTICES.notAsker), flags: MessageFlags.Ephemeral });
    return;
  }
  await interaction.deferUpdate();
  // Through REST by id: the channel may not be cached (DMs), and the bot may always delete its own messages.
  await interaction.client.rest.delete(Routes.channelMessage(interaction.channelId, interaction.message.id));
}
