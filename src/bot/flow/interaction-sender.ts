import type { REST } from 'discord.js';
import { Routes, type APIInteraction } from 'discord-api-types/v10';
import { z } from 'zod';
import type { InteractionReply } from '../interactions/interaction-reply.js';
import type { AnswerPlace } from '../abuse/dedupe.js';
import { renderNotice } from '../render/render-notice.js';
import type { AnswerSender, Asker } from './ask-question.js';
import { sendInTime } from './send-in-time.js';

const SentMessage = z.object({ id: z.string() });

/** Answers leave as the interaction's response: notes privately, answers on time or deferred. */
export function interactionSender(
  interaction: APIInteraction,
  reply: InteractionReply,
  rest: REST,
  asker: Asker,
): AnswerSender {
  return {
    mustRespond: true,
    async note(text) {
      await reply.message(renderNotice(text), { ephemeral: true });
    },
    async send(message, { audience, replaces, startedAt }) {
      const ephemeral = audience === 'asker';
      const update = replaces !== undefined;
      const messageId = await sendInTime(reply, message, { update, ephemeral, startedAt });
      if (ephemeral || update) return null;
      return placeOf(interaction, asker, messageId, rest);
    },
  };
}

/**
 * Where an interaction's answer went. Without its message id (a transport that cannot say), keeps a
 * way to ask Discord for it should a repeat come: only ids and the token (valid 15 minutes, longer
 * than the dedupe window).
 */
function placeOf(
  interaction: APIInteraction,
  asker: Asker,
  messageId: string | null,
  rest: REST,
): AnswerPlace {
  const { guildId, channelId } = asker;
  if (messageId !== null) return { guildId, channelId, messageId };
  // Kept for the dedupe window: the two strings it needs, not the interaction or a built route.
  const { application_id: applicationId, token } = interaction;
  const findMessageId = async () => {
    const original = Routes.webhookMessage(applicationId, token, '@original');
    return SentMessage.parse(await rest.get(original, { auth: false })).id;
  };
  return { guildId, channelId, messageId: null, findMessageId };
}
