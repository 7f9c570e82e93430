import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  InteractionContextType,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord-api-types/v10';
import { suggestQuestions } from '../../engine/index.js';
import { booleanOption, focusedText, stringOption } from '../interactions/read-interaction.js';
import { askFromInteraction } from '../flow/ask-from-interaction.js';
import { fitChoices, DISCORD_LIMITS } from '../render/limits.js';
import type { SlashCommand } from './command.js';

const data = {
  type: ApplicationCommandType.ChatInput,
  name: 'ask',
  description: 'Ask a question about the documents I answer from',
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
  async execute(interaction, reply, ctx) {
    const text = stringOption(interaction, 'question');
    const audience = booleanOption(interaction, 'private') === true ? 'asker' : 'everyone';
    await askFromInteraction(interaction, reply, ctx, {
      via: 'command:ask',
      request: { kind: 'question', text },
      audience,
    });
  },
  async autocomplete(interaction, reply, ctx) {
    const entries = suggestQuestions(
      ctx.store.getKnowledge(),
      focusedText(interaction),
      DISCORD_LIMITS.choices,
    );
    await reply.choices(fitChoices(entries.map((e) => ({ name: e.question, value: e.question }))));
  },
};
