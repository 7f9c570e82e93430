import type { APIEmbed } from 'discord-api-types/v10';
import type { KnowledgeSummary } from '../../engine/index.js';
import { COLORS, type DiscordMessage } from './render-answer.js';
import { NO_MENTIONS, escapeUserText, fitEmbeds } from './limits.js';

/** The article, how it is cited, how much is indexed, and the bot's version. */
export function renderAbout(about: KnowledgeSummary, version: string): DiscordMessage {
  const embed: APIEmbed = {
    title: escapeUserText(about.title),
    color: COLORS.answered,
    description:
      'Answers quote this article and its glossary. Each one cites where it came from, ' +
      'e.g. “article ¶3” for the third paragraph or “glossary: GPU” for a glossary entry.',
    fields: [
      {
        name: 'Passages',
        value: `${about.passages} (${about.paragraphs} paragraphs, ${about.glossaryTerms} glossary terms)`,
        inline: true,
      },
      { name: 'Questions', value: String(about.questions), inline: true },
      { name: 'Version', value: version, inline: true },
    ],
    footer: { text: `Source: ${about.title}` },
  };
  return { embeds: fitEmbeds([embed]), components: [], allowed_mentions: NO_MENTIONS };
}
