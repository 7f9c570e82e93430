import type { APIEmbed } from 'discord-api-types/v10';
import { COLORS, type DiscordMessage } from './render-answer.js';
import { NO_MENTIONS, escapeUserText, fitEmbeds } from './limits.js';

/** The short help: how to ask, in one embed. */
export function renderHelp(articleTitle: string): DiscordMessage {
  const embed: APIEmbed = {
    title: 'How to ask',
    color: COLORS.answered,
    description: [
      `I answer questions about **${escapeUserText(articleTitle)}**, quoting the article and citing the paragraph.`,
      '',
      '• `/ask question`: ask anything; suggestions appear as you type. Add `private: True` to keep it to yourself.',
      '• Mention me with a question, or send me a direct message.',
      '• `/glossary term`: a term from the glossary.',
      '• `/topics`: everything I can answer.',
      '• Right-click a message → Apps → **Ask about this message**.',
      '• `/stats` (Manage Server): what this server asks, what I could not answer, and 👍/👎.',
    ].join('\n'),
  };
  return { embeds: fitEmbeds([embed]), components: [], allowed_mentions: NO_MENTIONS };
}
