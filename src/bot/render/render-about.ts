import type { APIEmbed } from 'discord-api-types/v10';
import type { KnowledgeSummary } from '../../engine/index.js';
import { COLORS, type DiscordMessage } from './render-answer.js';
import { NO_MENTIONS, escapeUserText, fitEmbeds } from './limits.js';
import { shortenText } from '../../reply/shorten-text.js';

/** The documents, how they are cited, how much is indexed, and the bot's version. */
export function renderAbout(about: KnowledgeSummary, version: string): DiscordMessage {
  const several = about.documents.length > 1;
  const embed: APIEmbed = {
    title: escapeUserText(several ? `${about.documents.length} documents` : about.title),
    color: COLORS.answered,
    description:
      `Answers quote ${several ? 'these documents' : 'this document'} and the glossary. Each one cites ` +
      'where it came from: the document, section and paragraph (“§ Setup ¶3”), or the glossary term ' +
      '(“glossary: GPU”).',
    fields: [
      {
        name: 'Passages',
        value: `${about.passages} (${about.paragraphs} paragraphs, ${about.glossaryTerms} glossary terms)`,
        inline: true,
      },
      { name: 'Questions', value: String(about.questions), inline: true },
      { name: 'Version', value: version, inline: true },
    ],
    footer: { text: shortenText(`${several ? 'Sources' : 'Source'}: ${about.documents.join(', ')}`, 2048) },
  };
  return { embeds: fitEmbeds([embed]), components: [], allowed_mentions: NO_MENTIONS };
}
