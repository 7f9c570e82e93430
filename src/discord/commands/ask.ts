import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  InteractionContextType,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord-api-types/v10';
import { suggestQuestions } from '../../engine/index.js';
import { answerInteraction } from '../answer-interaction.js';
import { fitChoices, DISCORD_LIMITS } from '../render/limits.js';
import type { SlashCommand } from './command.js';

const data = {
  type: ApplicationCommandType.ChatInput,
  name: 'ask',
  description: 'Ask a question about the article',
  contexts: [InteractionContextType.Guild, InteractionContextType.BotDM],
  options: [
    {
      type: ApplicationCommandOptionType.String,
      name: 'question',
      description: 'Your question; suggestions appear as you type',
      required: true,
      max_length: 300,
      autocomplete: true,
    },
    {
      type: ApplicationCommandOptionType.Boolean,
      name: 'private',
      description: 'Only you see the answer',
    },
  ],
} satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

/** `/ask question [private]`: the engine's answer, with engine-ranked autocomplete. */
export const askCommand: SlashCommand = {
  data,
  async execute(interaction, ctx) {
    const question = interaction.options.getString('question', true);
    const ephemeral = interaction.options.getBoolean('private') ?? false;
    await answerInteraction(interaction, ctx, question, { ephemeral, via: 'command:ask' });
  },
  async autocomplete(interaction, ctx) {
    const typed = interaction.options.getFocused();
    const entries = suggestQuestions(ctx.store.getKnowledge(), typed, DISCORD_LIMITS.choices);
    await interaction.respond(fitChoices(entries.map((e) => ({ name: e.question, value: e.question }))));
  },
};
