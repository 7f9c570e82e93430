import { MessageFlags, type APIMessageComponentInteraction } from 'discord-api-types/v10';
import type { InteractionReply } from '../interactions/interaction-reply.js';
import { userIdOf } from '../interactions/read-interaction.js';
import type { BotContext } from '../bot-context.js';
import { askFromInteraction } from '../flow/ask-from-interaction.js';

/**
 * A related-question or suggestion button: the asker sees the answer replace the message in place
 * (public or private as that message is); anyone else gets it privately, so nobody rewrites
 * another person's answer.
 */
export function showRelated(
  interaction: APIMessageComponentInteraction,
  reply: InteractionReply,
  ctx: BotContext,
  entryId: string,
  askerId: string,
): Promise<void> {
  const request = { kind: 'entry', text: entryId } as const;
  const { message } = interaction;
  if (userIdOf(interaction) !== askerId)
    return askFromInteraction(interaction, reply, ctx, { via: 'button:related', request, audience: 'asker' });
  const ephemeral = ((message.flags ?? 0) & MessageFlags.Ephemeral) !== 0;
  return askFromInteraction(interaction, reply, ctx, {
    via: 'button:related',
    request,
    audience: ephemeral ? 'asker' : 'everyone',
    replaces: message.id,
  });
}
