import type { APIEmbed } from 'discord-api-types/v10';
import type { KnowledgeBase } from '../../content/knowledge-base.js';
import { COLORS, type DiscordMessage } from './render-answer.js';
import { NO_MENTIONS, escapeUserText, fitEmbeds } from './limits.js';

/** The article, how it is cited, how much is indexed, and the bot's version. */
export function renderAbout(kb: KnowledgeBase, version: string): DiscordMessage {
  const paragraphs = kb.passages.filter((p) => p.kind === 'paragraph').length;
  const embed: APIEmbed = {
    title: escapeUserText(kb.title),
    color: COLORS.answered,
    description:
      'Answers quote this article and its glossary. Each one cites where it came from, ' +
      'e.g. “article ¶3” for the third paragraph or “glossary: GPU” for a glossary entry.',
    fields: [
      {
        name: 'Passages',
        value: `${kb.passages.length} (${paragraphs} paragraphs, ${kb.glossary.length} glossary terms)`,
        inline: true,
      },
      { name: 'Questions', value: String(kb.entries.length), inline: true },
      { name: 'Version', value: version, inline: true },
    ],
    footer: { text: `Source: ${kb.title}` },
  };
  return { embeds: fitEmbeds([embed]), components: [], allowedMentions: NO_MENTIONS };
}
