import type { REST } from 'discord.js';
import { Routes } from 'discord-api-types/v10';
import type { InteractionResponder } from '../../interactions/interaction-responder.js';
import { stringifyResponse } from '../render/serialize-message.js';

// Reused: the query is only ever read (stringified) by the REST client.
const WITHOUT_RESPONSE = new URLSearchParams({ with_response: 'false' });
const JSON_CONTENT = { 'Content-Type': 'application/json' };

/**
 * Over the gateway the first response is a POST to the interaction's callback route. Discord is not
 * asked which message it became (`with_response`): that returns the whole message, read and parsed
 * on every answer for the rare repeat that links to it, and under load kept every callback's
 * response objects alive long enough to reach old space (bench:e2e's gateway p99, measured). A
 * repeat looks the message up once instead (interaction-sender.ts), as over HTTP.
 */
export function createGatewayResponder(
  rest: REST,
  interaction: { readonly id: string; readonly token: string },
): InteractionResponder {
  return {
    async respond(response) {
      await rest.post(Routes.interactionCallback(interaction.id, interaction.token), {
        // Serialised here, not by the REST client: a cached answer's embeds are serialised once.
        body: stringifyResponse(response),
        passThroughBody: true,
        headers: JSON_CONTENT,
        auth: false,
        query: WITHOUT_RESPONSE,
      });
    },
  };
}
