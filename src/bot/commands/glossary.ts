import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  InteractionContextType,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord-api-types/v10';
import { suggestTerms } from '../../engine/index.js';
import { focusedText, stringOption } from '../interactions/read-interaction.js';
import { askFromInteraction } from '../flow/ask-from-interaction.js';
import { DISCORD_LIMITS, fitChoices } from '../render/limits.js';
import type { SlashCommand } from './command.js';

const data = {
  type: ApplicationCommandType.ChatInput,
  name: 'glossary',
  description: 'Look up a term from the glossary',
  contexts: [InteractionContextType.Guild, InteractionContextType.BotDM],
  options: [
    {
      type: ApplicationCommandOptionType.String,
      name: 'term',
      description: 'The term, e.g. GPU',
      required: true,
      max_length: 100,
      autocomplete: true,
    },
  ],
} satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

/** `/glossary term`: the definition with its citation, or "no such term" and the closest ones. */
export const glossaryCommand: SlashCommand = {
  data,
  async execute(interaction, reply, ctx) {
    await askFromInteraction(interaction, reply, ctx, {
      via: 'command:glossary',
      request: { kind: 'glossary', text: stringOption(interaction, 'term') },
      audience: 'everyone',
    });
  },
  async autocomplete(interaction, reply, ctx) {
    const names = suggestTerms(ctx.store.getKnowledge(), focusedText(interaction), DISCORD_LIMITS.choices);
    await reply.choices(fitChoices(names.map((name) => ({ name, value: name }))));
  },
};
