import { InteractionType, type APIInteraction } from 'discord-api-types/v10';
import type { BotContext } from '../bot-context.js';
import { NOTICES, renderNotice } from '../render/render-notice.js';
import { createInteractionReply, type InteractionReply } from './interaction-reply.js';
import type { InteractionResponder } from './interaction-responder.js';
import { describeInteraction } from './read-interaction.js';
import { routeInteraction } from './route-interaction.js';

export { createBotContext, type BotContext, type BotContextParts } from '../bot-context.js';

/**
 * Handles one interaction, whichever transport brought it: the raw JSON Discord sent, a responder
 * for the first response (the gateway POSTs it, the HTTP endpoint writes it as its response), and
 * the context. Never rejects: this is the one error boundary for interactions.
 */
export async function handleInteraction(
  interaction: APIInteraction,
  responder: InteractionResponder,
  ctx: BotContext,
): Promise<void> {
  const reply = createInteractionReply(interaction, responder, ctx.rest);
  try {
    await routeInteraction(interaction, reply, ctx);
  } catch (error) {
    await reportFailure(interaction, reply, error, ctx);
  }
}

/**
 * The log gets the whole story, the user a short private note sent the way the response's state
 * allows: the first response, an edit of a deferred placeholder, or a follow-up.
 */
async function reportFailure(
  interaction: APIInteraction,
  reply: InteractionReply,
  error: unknown,
  ctx: BotContext,
): Promise<void> {
  ctx.logger.error({ err: error, interaction: describeInteraction(interaction) }, 'Interaction failed');
  try {
    if (interaction.type === InteractionType.ApplicationCommandAutocomplete) {
      if (reply.phase === 'none') await reply.choices([]);
      return;
    }
    if (interaction.type === InteractionType.Ping) return;
    const note = renderNotice(NOTICES.error);
    switch (reply.phase) {
      case 'none':
        await reply.message(note, { ephemeral: true });
        return;
      case 'deferred-message':
        // The placeholder's visibility was set when deferring: replace it.
        await reply.editOriginal(note);
        return;
      default:
        await reply.followUp(note, { ephemeral: true });
    }
  } catch (noteError) {
    ctx.logger.warn(
      { err: noteError, interactionId: interaction.id },
      'Could not tell the user about the failure',
    );
  }
}
