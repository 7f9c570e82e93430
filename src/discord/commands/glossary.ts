import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  InteractionContextType,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord-api-types/v10';
import { MessageFlags } from 'discord.js';
import { describeKnowledge, lookupGlossary, suggestTerms } from '../../engine/index.js';
import { buildGlossaryReply } from '../../reply/build-glossary-reply.js';
import { logQuestion } from '../log-question.js';
import { DISCORD_LIMITS, fitChoices } from '../render/limits.js';
import { renderAnswer } from '../render/render-answer.js';
import { NOTICES, renderNotice } from '../render/render-notice.js';
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
  async execute(interaction, ctx) {
    if (ctx.cooldown.take(interaction.user.id) !== 'allowed') {
      await interaction.reply({ ...renderNotice(NOTICES.cooldown), flags: MessageFlags.Ephemeral });
      return;
    }
    const started = performance.now();
    const term = interaction.options.getString('term', true);
    const knowledge = ctx.store.getKnowledge();
    const lookup = lookupGlossary(knowledge, term);
    const reply = buildGlossaryReply(term, lookup, { articleTitle: describeKnowledge(knowledge).title });
    await interaction.reply(renderAnswer(reply, { askerId: interaction.user.id, ephemeral: false }));
    const place = {
      guildId: interaction.guildId,
      channelId: interaction.channelId,
      userId: interaction.user.id,
    };
    const outcome = {
      question: term,
      answered: lookup.definition !== null,
      confidence: lookup.definition ? 1 : 0,
      entryId: reply.entryId,
    };
    logQuestion(ctx.logger, 'command:glossary', place, outcome, performance.now() - started);
  },
  async autocomplete(interaction, ctx) {
    const typed = interaction.options.getFocused();
    const names = suggestTerms(ctx.store.getKnowledge(), typed, DISCORD_LIMITS.choices);
    await interaction.respond(fitChoices(names.map((name) => ({ name, value: name }))));
  },
};
