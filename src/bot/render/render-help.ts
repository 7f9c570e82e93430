import type { APIEmbed } from 'discord-api-types/v10';
import { COLORS, type DiscordMessage } from './render-answer.js';
import { NO_MENTIONS, escapeUserText, fitEmbeds } from './limits.js';
import { shortenText } from '../../reply/shorten-text.js';

const LISTED_TITLES = 5;

/** What the help says it answers from: the one document's title, or the documents' titles. */
function answersFrom(titles: readonly string[]): string {
  const bold = (title: string): string => `**${escapeUserText(shortenText(title, 100))}**`;
  if (titles.length <= 1) return `${bold(titles[0] ?? '')}, quoting it and citing the passage`;
  const listed = titles.slice(0, LISTED_TITLES).map(bold).join(', ');
  const more = titles.length > LISTED_TITLES ? ` and ${titles.length - LISTED_TITLES} more` : '';
  return `these ${titles.length} documents (${listed}${more}), quoting them and citing the passage`;
}

/** The short help: how to ask, in one embed. `titles`: the content's documents, by title. */
export function renderHelp(titles: readonly string[]): DiscordMessage {
  const embed: APIEmbed = {
    title: 'How to ask',
    color: COLORS.answered,
    description: [
      `I answer questions about ${answersFrom(titles)}.`,
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
