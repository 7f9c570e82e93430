import { MessageFlags, type Interaction } from 'discord.js';
import type { BotContext } from '../bot-context.js';
import { handleButton } from '../buttons/handle-button.js';
import { messageCommands, slashCommands } from '../commands/index.js';
import { NOTICES, renderNotice } from '../render/render-notice.js';

/** Sends an interaction to its command, autocomplete or button handler. */
export async function routeInteraction(interaction: Interaction, ctx: BotContext): Promise<void> {
  if (interaction.isChatInputCommand()) {
    const command = slashCommands.get(interaction.commandName);
    if (command) return command.execute(interaction, ctx);
    await interaction.reply({ ...renderNotice(NOTICES.unknownCommand), flags: MessageFlags.Ephemeral });
  } else if (interaction.isAutocomplete()) {
    const command = slashCommands.get(interaction.commandName);
    await (command?.autocomplete ? command.autocomplete(interaction, ctx) : interaction.respond([]));
  } else if (interaction.isMessageContextMenuCommand()) {
    const command = messageCommands.get(interaction.commandName);
    if (command) return command.execute(interaction, ctx);
    await interaction.reply({ ...renderNotice(NOTICES.unknownCommand), flags: MessageFlags.Ephemeral });
  } else if (interaction.isButton()) {
    await handleButton(interaction, ctx);
  } else if (interaction.isRepliable()) {
    await interaction.reply({ ...renderNotice(NOTICES.unknownCommand), flags: MessageFlags.Ephemeral });
  }
}
