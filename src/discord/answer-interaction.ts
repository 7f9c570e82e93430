import { MessageFlags } from 'discord.js';
import { answerQuestion } from '../engine/index.js';
import { buildReply } from '../reply/build-reply.js';
import { messageUrl } from './abuse/dedupe.js';
import type { BotContext } from './bot-context.js';
import { logQuestion, type QuestionVia } from './log-question.js';
import { NOTICES, renderNotice } from './render/render-notice.js';
import { renderAnswer } from './render/render-answer.js';
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
  const earlier = ephemeral ? undefined : ctx.dedupe.find(channelId, question);
  if (earlier !== undefined) {
    await interaction.reply({ ...renderNotice(NOTICES.earlier(earlier)), flags: MessageFlags.Ephemeral });
    return;
  }
  const started = performance.now();
  let outcome = { question, answered: false, confidence: 0, entryId: null as string | null };
  const messageId = await respondInTime(interaction, ephemeral, () => {
    const knowledge = ctx.store.getKnowledge();
    const answer = answerQuestion(knowledge, question);
    const reply = buildReply(answer, { articleTitle: knowledge.kb.title, entries: knowledge.kb.entries });
    outcome = { question, answered: answer.answered, confidence: answer.confidence, entryId: reply.entryId };
    return renderAnswer(reply, { askerId: interaction.user.id, ephemeral });
  });
  if (messageId !== null && !ephemeral) {
    ctx.dedupe.remember(channelId, question, messageUrl(interaction.guildId, channelId, messageId));
  }
  const place = { guildId: interaction.guildId, channelId, userId: interaction.user.id };
  logQuestion(ctx.logger, via, place, outcome, performance.now() - started);
}
