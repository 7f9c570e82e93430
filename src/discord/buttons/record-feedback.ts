import { MessageFlags, type ButtonInteraction } from 'discord.js';
import type { BotContext } from '../bot-context.js';
import { NOTICES, renderNotice } from '../render/render-notice.js';

/** 👍/👎: acknowledged privately and logged as a structured event with the answer's entry and question. */
export async function recordFeedback(
  interaction: ButtonInteraction,
  ctx: BotContext,
  vote: 'up' | 'down',
  entryId: string,
): Promise<void> {
  const entry = ctx.store.getKnowledge().kb.entries.find((e) => e.id === entryId);
  ctx.logger.info(
    {
      event: 'feedback',
      vote,
      entryId,
      question: entry?.question ?? null,
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
