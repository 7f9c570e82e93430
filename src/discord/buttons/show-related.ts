import { MessageFlags, type ButtonInteraction } from 'discord.js';
import { answerEntry, describeKnowledge } from '../../engine/index.js';
import { buildReply } from '../../reply/build-reply.js';
import type { BotContext } from '../bot-context.js';
import { logQuestion } from '../log-question.js';
import { renderAnswer } from '../render/render-answer.js';
import { NOTICES, renderNotice } from '../render/render-notice.js';

/**
 * A related-question or suggestion button: the asker sees the answer replace the message in place;
 * anyone else gets it privately, so nobody rewrites another person's answer.
 */
export async function showRelated(
  interaction: ButtonInteraction,
  ctx: BotContext,
  entryId: string,
  askerId: string,
): Promise<void> {
  if (ctx.cooldown.take(interaction.user.id) !== 'allowed') {
    await interaction.reply({ ...renderNotice(NOTICES.cooldown), flags: MessageFlags.Ephemeral });
    return;
  }
  const started = performance.now();
  const knowledge = ctx.store.getKnowledge();
  const answer = answerEntry(knowledge, entryId);
  if (answer === null) {
    await interaction.reply({ ...renderNotice(NOTICES.unknownEntry), flags: MessageFlags.Ephemeral });
    return;
  }
  const reply = buildReply(answer, { articleTitle: describeKnowledge(knowledge).title });
  if (interaction.user.id === askerId) {
    const ephemeral = interaction.message.flags.has(MessageFlags.Ephemeral);
    await interaction.update(renderAnswer(reply, { askerId, ephemeral }));
  } else {
    const mine = renderAnswer(reply, { askerId: interaction.user.id, ephemeral: true });
    await interaction.reply({ ...mine, flags: MessageFlags.Ephemeral });
  }
  const place = {
    guildId: interaction.guildId,
    channelId: interaction.channelId,
    userId: interaction.user.id,
  };
  logQuestion(
    ctx.logger,
    'button:related',
    place,
    { ...answer, entryId: reply.entryId },
    performance.now() - started,
  );
}
