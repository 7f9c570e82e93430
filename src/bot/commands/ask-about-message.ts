import {
  ApplicationCommandType,
  InteractionContextType,
  type RESTPostAPIContextMenuApplicationCommandsJSONBody,
} from 'discord-api-types/v10';
import { askFromInteraction } from '../flow/ask-from-interaction.js';
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
  async execute(interaction, reply, ctx) {
    const target = interaction.data.resolved.messages[interaction.data.target_id];
    // A bot's user id is its application's id: the bot's own mentions are not part of the question.
    const content = typeof target?.content === 'string' ? target.content : '';
    const text = extractQuestion(content, interaction.application_id);
    if (text === '') {
      await reply.message(renderNotice(NOTICES.noText), { ephemeral: true });
      return;
    }
    await askFromInteraction(interaction, reply, ctx, {
      via: 'context-menu',
      request: { kind: 'question', text },
      audience: 'asker',
    });
  },
};
