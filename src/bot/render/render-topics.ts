import { ButtonStyle, ComponentType, type APIButtonComponent, type APIEmbed } from 'discord-api-types/v10';
import type { RelatedQuestion } from '../../engine/index.js';
import { encodeCustomId } from '../custom-id.js';
import { COLORS, type DiscordMessage } from './render-answer.js';
import { NO_MENTIONS, escapeUserText, fitButtonRows, fitEmbeds, fitText } from './limits.js';

export const TOPICS_PER_PAGE = 10;

/** One page of the questions the bot can answer, with Prev/Next buttons carrying the page number. */
export function renderTopics(entries: readonly RelatedQuestion[], requestedPage: number): DiscordMessage {
  const pages = Math.max(1, Math.ceil(entries.length / TOPICS_PER_PAGE));
  // A stale button (content shrank since) lands on the last page rather than an empty one.
  const page = Math.min(Math.max(Math.trunc(requestedPage) || 0, 0), pages - 1);
  const shown = entries.slice(page * TOPICS_PER_PAGE, (page + 1) * TOPICS_PER_PAGE);
  const embed: APIEmbed = {
    title: 'What I can answer',
    color: COLORS.answered,
    description:
      shown.length === 0
        ? 'No questions are indexed yet.'
        : shown
            .map((e, i) => `${page * TOPICS_PER_PAGE + i + 1}\\. ${escapeUserText(fitText(e.question, 300))}`)
            .join('\n'),
    footer: { text: `Page ${page + 1} of ${pages} · ${entries.length} questions · ask with /ask` },
  };
  const buttons: APIButtonComponent[] = [];
  if (pages > 1) {
    const prev = encodeCustomId({ kind: 'topics', page: Math.max(page - 1, 0) });
    const next = encodeCustomId({ kind: 'topics', page: Math.min(page + 1, pages - 1) });
    if (prev && next) {
      buttons.push(
        {
          type: ComponentType.Button,
          style: ButtonStyle.Secondary,
          label: '◀ Prev',
          custom_id: prev,
          disabled: page === 0,
        },
        {
          type: ComponentType.Button,
          style: ButtonStyle.Secondary,
          label: 'Next ▶',
          custom_id: next,
          disabled: page === pages - 1,
        },
      );
    }
  }
  return { embeds: fitEmbeds([embed]), components: fitButtonRows([buttons]), allowed_mentions: NO_MENTIONS };
}
