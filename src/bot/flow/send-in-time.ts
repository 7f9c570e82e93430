import type { InteractionReply } from '../interactions/interaction-reply.js';
import type { DiscordMessage } from '../render/render-answer.js';

/** Discord allows 3 s for the first response; defer with margin to spare. */
export const DEFER_AFTER_MS = 2500;

/**
 * Sends an interaction's answer as a new message, or as an update of the clicked message. When
 * producing it took `deferAfterMs` or more (answering is synchronous, so no timer could have
 * interrupted it), the interaction is deferred first and the answer becomes an edit. Resolves with
 * the id of the message the answer is in, when known.
 */
export async function sendInTime(
  reply: InteractionReply,
  message: DiscordMessage,
  options: { readonly update: boolean; readonly ephemeral: boolean; readonly startedAt: number },
  deferAfterMs = DEFER_AFTER_MS,
): Promise<string | null> {
  if (performance.now() - options.startedAt >= deferAfterMs) {
    await (options.update ? reply.deferUpdate() : reply.defer({ ephemeral: options.ephemeral }));
    return reply.editOriginal(message);
  }
  if (options.update) {
    await reply.update(message);
    return null;
  }
  return reply.message(message, { ephemeral: options.ephemeral });
}
