import { MessageFlags } from 'discord.js';
import { Routes } from 'discord-api-types/v10';
import { z } from 'zod';
import type { AnswerPlace } from './abuse/dedupe.js';
import type { BotContext } from './bot-context.js';
import { logQuestion, type QuestionVia } from './log-question.js';
import { NOTICES, renderNotice } from './render/render-notice.js';
import { renderAnswerFor } from './render/render-answer.js';
import { respondInTime, type AskInteraction } from './respond-in-time.js';

/** Answers a question asked through a command: cooldown, dedupe, engine, reply, log. */
export async function answerInteraction(
  interaction: AskInteraction,
  ctx: BotContext,
  question: string,
  options: { readonly ephemeral: boolean; readonly via: QuestionVia },
): Promise<void> {
  const { ephemeral, via } = options;
  // An interaction must always get a response, so a limited user is told every time (only they see it).
  if (ctx.cooldown.take(interaction.user.id) !== 'allowed') {
    await interaction.reply({ ...renderNotice(NOTICES.cooldown), flags: MessageFlags.Ephemeral });
    return;
  }
  const channelId = interaction.channelId;
  // Never awaits anything: the 3 s for the first response are not spent on another REST call.
  const earlier = ephemeral ? undefined : ctx.dedupe.find(channelId, question);
  if (earlier !== undefined) {
    await interaction.reply({
      ...renderNotice(NOTICES.earlier(earlier.link)),
      flags: MessageFlags.Ephemeral,
    });
    return;
  }
  const started = performance.now();
  let outcome = { question, answered: false, confidence: 0, entryId: null as string | null };
  const messageId = await respondInTime(interaction, ephemeral, () => {
    const { answer, reply, embeds } = ctx.composeAnswer(ctx.store.getKnowledge(), question);
    outcome = { question, answered: answer.answered, confidence: answer.confidence, entryId: reply.entryId };
    return renderAnswerFor(reply, embeds, { askerId: interaction.user.id, ephemeral });
  });
  if (!ephemeral) ctx.dedupe.remember(channelId, question, placeOf(interaction, messageId));
  const place = { guildId: interaction.guildId, channelId, userId: interaction.user.id };
  logQuestion(ctx.logger, via, place, outcome, performance.now() - started);
}

const SentMessage = z.object({ id: z.string() });

/**
 * Where an interaction reply went. Without its message id, keeps a way to ask Discord for it should a
 * repeat come: only ids and the token (valid 15 minutes, longer than the dedupe window).
 */
function placeOf(interaction: AskInteraction, messageId: string | null): AnswerPlace {
  const { applicationId, token, guildId, channelId } = interaction;
  if (messageId !== null) return { guildId, channelId, messageId };
  const rest = interaction.client.rest;
  const findMessageId = async () =>
    SentMessage.parse(await rest.get(Routes.webhookMessage(applicationId, token))).id;
  return { guildId, channelId, messageId: null, findMessageId };
}
