import { MessageFlags, type Interaction } from 'discord.js';
import type { Logger } from '../logging/logger.js';
import { NOTICES, renderNotice } from './render/render-notice.js';

/**
 * The one error boundary for interactions: the log gets the whole story, the user a short
 * ephemeral note sent the way the interaction's state allows (reply, edit or follow-up).
 */
export async function handleInteractionError(
  interaction: Interaction,
  error: unknown,
  logger: Logger,
): Promise<void> {
  logger.error({ err: error, interaction: describeInteraction(interaction) }, 'Interaction failed');
  try {
    if (interaction.isAutocomplete()) {
      if (!interaction.responded) await interaction.respond([]);
      return;
    }
    if (!interaction.isRepliable()) return;
    const note = renderNotice(NOTICES.error);
    if (interaction.deferred && !interaction.replied && !interaction.isMessageComponent()) {
      // A deferred command reply is still a placeholder: replace it (its visibility was set at defer).
      await interaction.editReply(note);
    } else if (interaction.deferred || interaction.replied) {
      await interaction.followUp({ ...note, flags: MessageFlags.Ephemeral });
    } else {
      await interaction.reply({ ...note, flags: MessageFlags.Ephemeral });
    }
  } catch (noteError) {
    logger.warn(
      { err: noteError, interactionId: interaction.id },
      'Could not tell the user about the failure',
    );
  }
}

/** The log's view of an interaction: ids and names, no message content. */
export function describeInteraction(interaction: Interaction) {
  return {
    id: interaction.id,
    type: interaction.type,
    command: interaction.isCommand() || interaction.isAutocomplete() ? interaction.commandName : undefined,
    customId: interaction.isMessageComponent() ? interaction.customId : undefined,
    guildId: interaction.guildId,
    channelId: interaction.channelId,
    userId: interaction.user.id,
  };
}
