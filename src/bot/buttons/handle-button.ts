import type { APIMessageComponentInteraction } from 'discord-api-types/v10';
import { listTopics } from '../../engine/index.js';
import type { InteractionReply } from '../interactions/interaction-reply.js';
import type { BotContext } from '../bot-context.js';
import { decodeCustomId } from '../custom-id.js';
import { NOTICES, renderNotice } from '../render/render-notice.js';
import { renderTopics } from '../render/render-topics.js';
import { deleteAnswer } from './delete-answer.js';
import { recordFeedback } from './record-feedback.js';
import { showRelated } from './show-related.js';

/** Routes a button click by its custom_id; unknown or garbled ids get a polite ephemeral note. */
export async function handleButton(
  interaction: APIMessageComponentInteraction,
  reply: InteractionReply,
  ctx: BotContext,
): Promise<void> {
  const action = decodeCustomId(interaction.data.custom_id);
  if (action === null) {
    await reply.message(renderNotice(NOTICES.staleButton), { ephemeral: true });
    return;
  }
  switch (action.kind) {
    case 'related':
      return showRelated(interaction, reply, ctx, action.entryId, action.askerId);
    case 'feedback':
      return recordFeedback(interaction, reply, ctx, action.vote, action.entryId);
    case 'delete':
      return deleteAnswer(interaction, reply, ctx, action.askerId);
    case 'topics':
      await reply.update(renderTopics(listTopics(ctx.store.getKnowledge()), action.page));
      return;
  }
}
