import { GatewayDispatchEvents, type Client } from 'discord.js';
import { InteractionResponseType, InteractionType, MessageFlags } from 'discord-api-types/v10';
import { handleInteraction } from '../bot/interactions/handle-interaction.js';
import { checkInteraction } from '../bot/interactions/interaction-schema.js';
import type { BotContext } from '../bot/bot-context.js';
import { NOTICES, renderNotice } from '../bot/render/render-notice.js';
import type { WorkTracker } from '../bot/work-tracker.js';
import { createGatewayResponder } from './gateway-responder.js';

/**
 * The gateway transport for interactions: each INTERACTION_CREATE dispatch, as the raw JSON
 * Discord sent, is checked (interaction-schema.ts) and goes to the same handler the HTTP endpoint
 * uses; the response is POSTed back. Ignored once shutting down.
 */
export function receiveInteractions(client: Client, ctx: BotContext, tracker: WorkTracker): void {
  client.ws.on(GatewayDispatchEvents.InteractionCreate, (data: unknown) => {
    if (!tracker.accepting) return;
    const checked = checkInteraction(data);
    if (!checked.ok) {
      void tracker.run(() => refuseMalformed(client, ctx, data, checked.error));
      return;
    }
    const { interaction } = checked;
    const responder = createGatewayResponder(client.rest, interaction);
    void tracker.run(() => handleInteraction(interaction, responder, ctx));
  });
}

/**
 * An interaction the handlers could not read: logged, and answered with the usual private error
 * note when it names itself well enough to be answered (an id and a token), so the user is not
 * left with "The application did not respond". Never rejects.
 */
async function refuseMalformed(client: Client, ctx: BotContext, data: unknown, why: string): Promise<void> {
  const { id, token, type } = (typeof data === 'object' && data !== null ? data : {}) as Record<
    string,
    unknown
  >;
  const answerable =
    typeof id === 'string' && /^\d{1,20}$/.test(id) && typeof token === 'string' && token !== '';
  ctx.logger.warn(
    { event: 'interaction', interactionId: answerable ? id : undefined, type, problem: why },
    'Refused a malformed INTERACTION_CREATE',
  );
  if (!answerable || type === InteractionType.Ping) return;
  const responder = createGatewayResponder(client.rest, { id, token });
  try {
    await responder.respond(
      type === InteractionType.ApplicationCommandAutocomplete
        ? { type: InteractionResponseType.ApplicationCommandAutocompleteResult, data: { choices: [] } }
        : {
            type: InteractionResponseType.ChannelMessageWithSource,
            data: { ...renderNotice(NOTICES.error), flags: MessageFlags.Ephemeral },
          },
    );
  } catch (error) {
    ctx.logger.warn({ err: error, interactionId: id }, 'Could not answer a malformed interaction');
  }
}
