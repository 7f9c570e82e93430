import {
  ButtonStyle,
  ComponentType,
  type APIAllowedMentions,
  type APIButtonComponent,
  type APIEmbed,
} from 'discord-api-types/v10';
import type { ReplyModel } from '../../reply/reply-model.js';
import { encodeCustomId } from '../custom-id.js';
import { DISCORD_LIMITS, NO_MENTIONS, escapeUserText, fitButtonRows, fitEmbeds, fitText } from './limits.js';
import { renderPassages } from './render-passages.js';
import { reuseEmbeds } from './serialize-message.js';

/**
 * A message body in Discord's own JSON shape: an interaction response's `data`, a webhook edit or
 * follow-up, or a channel message, sent as is by either transport.
 */
export interface DiscordMessage {
  readonly content?: string;
  readonly embeds: APIEmbed[];
  readonly components: ReturnType<typeof fitButtonRows>;
  readonly allowed_mentions: APIAllowedMentions;
}

/** Who the message is for: the asker's id goes into custom_ids; ephemeral replies get no Delete. */
export interface RenderTarget {
  readonly askerId: string;
  readonly ephemeral: boolean;
}

export const COLORS = { answered: 0x5865f2, middling: 0xfee75c, declined: 0x99aab5 } as const;

/** Renders a reply model as one embed with related/suggestion, feedback and delete buttons. */
export function renderAnswer(reply: ReplyModel, target: RenderTarget): DiscordMessage {
  return renderAnswerFor(reply, renderAnswerEmbeds(reply), target);
}

/** The embed of an answer: the same for every asker, so it can be rendered once. */
export function renderAnswerEmbeds(reply: ReplyModel): APIEmbed[] {
  return fitEmbeds([renderEmbed(reply)]);
}

/** An answer's message for one asker, from its already rendered embeds. */
export function renderAnswerFor(
  reply: ReplyModel,
  embeds: readonly APIEmbed[],
  target: RenderTarget,
): DiscordMessage {
  return {
    embeds: reuseEmbeds(embeds),
    components: fitButtonRows(renderButtons(reply, target)),
    allowed_mentions: NO_MENTIONS,
  };
}

function renderEmbed(reply: ReplyModel): APIEmbed {
  const parts: string[] = [];
  if (reply.intro !== null) parts.push(escapeUserText(reply.intro));
  if (reply.kind === 'declined') {
    parts.push(
      reply.followUps.length > 0
        ? 'Try one of the questions below, or use /topics to see everything I can answer.'
        : 'Use /topics to see everything I can answer.',
    );
  }
  const note = reply.note !== null ? `\n\n*${escapeUserText(reply.note)}*` : '';
  const head = parts.join('\n');
  const title = fitText(escapeUserText(reply.title), DISCORD_LIMITS.embedTitle);
  const footer = reply.citation !== null ? fitText(reply.citation, DISCORD_LIMITS.embedFooter) : null;
  // Passages get what is left of both the description limit and the 6,000 total, so the
  // markdown is cut here (markers kept paired) rather than by the final safety net.
  const total = DISCORD_LIMITS.embedTotal - title.length - (footer?.length ?? 0);
  const room = Math.min(DISCORD_LIMITS.embedDescription, total) - head.length - note.length - 2;
  const body = reply.passages.length > 0 ? renderPassages(reply.passages, room) : '';
  const description = [head, body].filter(Boolean).join('\n\n') + note;
  const embed: APIEmbed = {
    title,
    color:
      reply.kind === 'declined' ? COLORS.declined : reply.note !== null ? COLORS.middling : COLORS.answered,
  };
  if (description) embed.description = description;
  // The title links to the answer's section on the document's public page, when it names one.
  const url = reply.passages.find((p) => p.url !== undefined)?.url;
  if (url) embed.url = url;
  if (footer !== null) embed.footer = { text: footer };
  return embed;
}

function renderButtons(reply: ReplyModel, target: RenderTarget): APIButtonComponent[][] {
  const rows: APIButtonComponent[][] = [];
  const follow = reply.followUps.flatMap((f): APIButtonComponent[] => {
    const custom_id = encodeCustomId({ kind: 'related', entryId: f.entryId, askerId: target.askerId });
    return custom_id
      ? [{ type: ComponentType.Button, style: ButtonStyle.Secondary, label: f.question, custom_id }]
      : [];
  });
  if (follow.length > 0) rows.push(follow);
  const actions: APIButtonComponent[] = [];
  if (reply.entryId !== null) {
    for (const [vote, emoji] of [
      ['up', '👍'],
      ['down', '👎'],
    ] as const) {
      const custom_id = encodeCustomId({ kind: 'feedback', vote, entryId: reply.entryId });
      if (custom_id)
        actions.push({
          type: ComponentType.Button,
          style: ButtonStyle.Secondary,
          emoji: { name: emoji },
          custom_id,
        });
    }
  }
  const deleteId = target.ephemeral ? null : encodeCustomId({ kind: 'delete', askerId: target.askerId });
  if (deleteId)
    actions.push({
      type: ComponentType.Button,
      style: ButtonStyle.Danger,
      label: 'Delete',
      custom_id: deleteId,
    });
  if (actions.length > 0) rows.push(actions);
  return rows;
}
