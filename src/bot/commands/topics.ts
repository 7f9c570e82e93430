import {
  ApplicationCommandType,
  InteractionContextType,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord-api-types/v10';
import { listTopics } from '../../engine/index.js';
import { renderTopics } from '../render/render-topics.js';
import type { SlashCommand } from './command.js';

const data = {
  type: ApplicationCommandType.ChatInput,
  name: 'topics',
  description: 'List the questions I can answer',
  contexts: [InteractionContextType.Guild, InteractionContextType.BotDM],
} satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

/** `/topics`: the knowledge base's questions, paged; the page lives in the buttons' custom_ids. */
export const topicsCommand: SlashCommand = {
  data,
  async execute(_interaction, reply, ctx) {
    const topics = listTopics(ctx.store.getKnowledge());
    await reply.message(renderTopics(topics, 0), { ephemeral: true });
  },
};
