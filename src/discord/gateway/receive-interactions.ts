import { GatewayDispatchEvents, type Client } from 'discord.js';
import type { APIInteraction } from 'discord-api-types/v10';
import { handleInteraction } from '../../interactions/handle-interaction.js';
import type { BotContext } from '../bot-context.js';
import type { WorkTracker } from '../work-tracker.js';
import { createGatewayResponder } from './gateway-responder.js';

/**
 * The gateway transport for interactions: each INTERACTION_CREATE dispatch, as the raw JSON
 * Discord sent, goes to the same handler the HTTP endpoint uses; the response is POSTed back.
 * Ignored once shutting down.
 */
export function receiveInteractions(client: Client, ctx: BotContext, tracker: WorkTracker): void {
  client.ws.on(GatewayDispatchEvents.InteractionCreate, (data: unknown) => {
    if (!tracker.accepting) return;
    const interaction = asInteraction(data);
    if (interaction === null) {
      ctx.logger.warn({ event: 'interaction' }, 'Ignored an INTERACTION_CREATE without id, token or type');
      return;
    }
    const responder = createGatewayResponder(client.rest, interaction);
    void tracker.run(() => handleInteraction(interaction, responder, ctx));
  });
}

/**
 * The fields everything downstream relies on, checked; the rest is read defensively by each handler
 * (see read-interaction.ts), so a full schema parse per interaction is not needed.
 */
function asInteraction(data: unknown): APIInteraction | null {
  if (typeof data !== 'object' || data === null) return null;
  const { id, token, type, application_id } = data as Record<string, unknown>;
  const ok =
    typeof id === 'string' &&
    typeof token === 'string' &&
    typeof application_id === 'string' &&
    typeof type === 'number';
  return ok ? (data as APIInteraction) : null;
}
