import type { APIMessageComponentInteraction } from 'discord-api-types/v10';
import { findQuestion } from '../../engine/index.js';
import type { InteractionReply } from '../interactions/interaction-reply.js';
import { channelIdOf, guildIdOf, userIdOf } from '../interactions/read-interaction.js';
import type { BotContext } from '../bot-context.js';
import { NOTICES, renderNotice } from '../render/render-notice.js';

/**
 * 👍/👎: handed to the recorder (one vote per person and answer: the latest press counts), logged
 * as a structured event, and acknowledged privately.
 */
export async function recordFeedback(
  interaction: APIMessageComponentInteraction,
  reply: InteractionReply,
  ctx: BotContext,
  vote: 'up' | 'down',
  entryId: string,
): Promise<void> {
  const userId = userIdOf(interaction);
  const guildId = guildIdOf(interaction);
  const messageId = interaction.message.id;
  const shownTitle = interaction.message.embeds[0]?.title ?? null;
  const question = findQuestion(ctx.store.getKnowledge(), entryId) ?? shownTitle ?? '';
  ctx.recorder.recordVote({ at: new Date(), guildId, entryId, question, vote, userId, messageId });
  ctx.metrics.vote(vote);
  ctx.logger.info(
    {
      event: 'feedback',
      vote,
      entryId,
      question,
      shownTitle,
      userId,
      guildId,
      channelId: channelIdOf(interaction),
      messageId,
    },
    'feedback',
  );
  await reply.message(renderNotice(NOTICES.voteCounted(vote)), { ephemeral: true });
}
