import {
  ApplicationCommandType,
  InteractionContextType,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord-api-types/v10';
import { describeKnowledge } from '../../engine/index.js';
import { renderAbout } from '../render/render-about.js';
import type { SlashCommand } from './command.js';

const data = {
  type: ApplicationCommandType.ChatInput,
  name: 'about',
  description: 'The documents I answer from, what is indexed, and my version',
  contexts: [InteractionContextType.Guild, InteractionContextType.BotDM],
} satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

/** `/about`: the documents' titles, how they are cited, index sizes, version. */
export const aboutCommand: SlashCommand = {
  data,
  async execute(_interaction, reply, ctx) {
    const about = describeKnowledge(ctx.store.getKnowledge());
    await reply.message(renderAbout(about, ctx.version), { ephemeral: true });
  },
};
