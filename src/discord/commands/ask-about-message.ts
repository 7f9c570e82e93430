import {
  ApplicationCommandType,
  InteractionContextType,
  type RESTPostAPIContextMenuApplicationCommandsJSONBody,
} from 'discord-api-types/v10';
import { MessageFlags } from 'discord.js';
import { answerInteraction } from '../answer-interaction.js';
import { extractQuestion } from '../parse-mention.js';
import { NOTICES, renderNotice } from '../render/render-notice.js';
import type { MessageCommand } from './command.js';

const data = {
  type: ApplicationCommandType.Message,
  name: 'Ask about this message',
  contexts: [InteractionContextType.Guild, InteractionContextType.BotDM],
} satisfies RESTPostAPIContextMenuApplicationCommandsJSONBody;

/** Message context menu: answers the target message's text as a question, privately to the clicker. */
export const askAboutMessageCommand: MessageCommand = {
  data,
  async execute(interaction, ctx) {
    const question = extractQuestion(interaction.targetMessage.content, interaction.client.user.id);
    if (question === '') {
      await interaction.reply({ ...renderNotice(NOTICES.noText), flags: MessageFlags.Ephemeral });
      return;
    }
    await answerInteraction(interaction, ctx, question, { ephemeral: true, via: 'context-menu' });
  },
};
