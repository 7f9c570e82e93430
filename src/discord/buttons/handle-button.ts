import { MessageFlags, type ButtonInteraction } from 'discord.js';
import { listTopics } from '../../engine/index.js';
import type { BotContext } from '../bot-context.js';
import { decodeCustomId } from '../custom-id.js';
import { NOTICES, renderNotice } from '../render/render-notice.js';
import { renderTopics } from '../render/render-topics.js';
import { deleteAnswer } from './delete-answer.js';
import { recordFeedback } from './record-feedback.js';
import { showRelated } from './show-related.js';

/** Routes a button click by its custom_id; unknown or garbled ids get a polite ephemeral note. */
export async function handleButton(interaction: ButtonInteraction, ctx: BotContext): Promise<void> {
  const action = decodeCustomId(interaction.customId);
  if (action === null) {
    await interaction.reply({ ...renderNotice(NOTICES.staleButton), flags: MessageFlags.Ephemeral });
    return;
  }
  switch (action.kind) {
    case 'related':
      return showRelated(interaction, ctx, action.entryId, action.askerId);
    case 'feedback':
      return recordFeedback(interaction, ctx, action.vote, action.entryId);
    case 'delete':
      return deleteAnswer(interaction, ctx, action.askerId);
    case 'topics':
      await interaction.update(renderTopics(listTopics(ctx.store.getKnowledge()), action.page));
      return;
  }
}
