import type { APIInteraction } from 'discord-api-types/v10';
import type { InteractionReply } from '../interactions/interaction-reply.js';
import { channelIdOf, guildIdOf, userIdOf } from '../interactions/read-interaction.js';
import type { BotContext } from '../bot-context.js';
import { askQuestion, type Question } from './ask-question.js';
import { interactionSender } from './interaction-sender.js';

/** Runs the question flow for an interaction (a command or a button), answering through its response. */
export function askFromInteraction(
  interaction: APIInteraction,
  reply: InteractionReply,
  ctx: BotContext,
  question: Omit<Question, 'asker'>,
): Promise<void> {
  const asker = {
    userId: userIdOf(interaction),
    guildId: guildIdOf(interaction),
    channelId: channelIdOf(interaction),
  };
  return askQuestion(ctx, { ...question, asker }, interactionSender(interaction, reply, ctx.rest, asker));
}
