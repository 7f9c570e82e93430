import {
  ApplicationCommandType,
  InteractionContextType,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord-api-types/v10';
import { describeKnowledge } from '../../engine/index.js';
import { renderHelp } from '../render/render-help.js';
import type { SlashCommand } from './command.js';

const data = {
  type: ApplicationCommandType.ChatInput,
  name: 'help',
  description: 'How to ask me questions',
  contexts: [InteractionContextType.Guild, InteractionContextType.BotDM],
} satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

/** `/help`: how to ask, one short embed. */
export const helpCommand: SlashCommand = {
  data,
  async execute(_interaction, reply, ctx) {
    const { documents } = describeKnowledge(ctx.store.getKnowledge());
    await reply.message(renderHelp(documents), { ephemeral: true });
  },
};
