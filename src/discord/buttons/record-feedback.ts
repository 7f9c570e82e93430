import { MessageFlags, type ButtonInteraction } from 'discord.js';
import { findQuestion } from '../../engine/index.js';
import type { BotContext } from '../bot-context.js';
import { NOTICES, renderNotice } from '../render/render-notice.js';

/** 👍/👎: acknowledged privately and logged as a structured event with the answer's entry and question. */
export async function recordFeedback(
  interaction: ButtonInteraction,
  ctx: BotContext,
  vote: 'up' | 'down',
  entryId: string,
): Promise<void> {
  ctx.logger.info(
    {
      event: 'feedback',
      vote,
      entryId,
      question: findQuestion(ctx.store.getKnowledge(), entryId),
      shownTitle: interaction.message.embeds[0]?.title ?? null,
      userId: interaction.user.id,
      guildId: interaction.guildId,
      channelId: interaction.channelId,
      messageId: interaction.message.id,
    },
    'feedback',
  );
  await interaction.reply({ ...renderNotice(NOTICES.feedbackThanks), flags: MessageFlags.Ephemeral });
}
