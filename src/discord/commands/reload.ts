import {
  ApplicationCommandType,
  InteractionContextType,
  PermissionFlagsBits,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord-api-types/v10';
import { MessageFlags } from 'discord.js';
import { renderNotice, NOTICES } from '../render/render-notice.js';
import { renderReloadResult } from '../render/render-reload.js';
import type { SlashCommand } from './command.js';

const data = {
  type: ApplicationCommandType.ChatInput,
  name: 'reload',
  description: 'Recompile the content folder (admins)',
  contexts: [InteractionContextType.Guild],
  default_member_permissions: String(PermissionFlagsBits.ManageGuild),
} satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

/** `/reload`: recompiles content; a broken folder keeps the old knowledge and reports why. */
export const reloadCommand: SlashCommand = {
  data,
  async execute(interaction, ctx) {
    // default_member_permissions can be overridden per guild; check again here.
    if (interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild) !== true) {
      await interaction.reply({ ...renderNotice(NOTICES.needManageGuild), flags: MessageFlags.Ephemeral });
      return;
    }
    await interaction.deferReply({ flags: MessageFlags.Ephemeral });
    const result = await ctx.reload();
    ctx.logger.info(
      { event: 'reload-command', userId: interaction.user.id, ok: result.ok },
      'Reload requested',
    );
    await interaction.editReply(renderReloadResult(result));
  },
};
