import type { APIInteraction } from 'discord-api-types/v10';
import type { InteractionResponder } from '../bot/interactions/interaction-responder.js';

/**
 * What the endpoint hands a verified, non-PING interaction to: the same handlers the gateway uses.
 * It responds through the responder and may keep working (follow-ups) after that; it never rejects
 * for a handler's failure (the interaction error boundary deals with those).
 */
export type DispatchInteraction = (
  interaction: APIInteraction,
  responder: InteractionResponder,
) => Promise<void>;
