import type { REST } from 'discord.js';
import {
  InteractionResponseType,
  MessageFlags,
  Routes,
  type APIInteractionResponse,
} from 'discord-api-types/v10';
import type { InteractionResponder } from '../bot/interactions/interaction-responder.js';
import { encodeResponse } from '../bot/render/serialize-message.js';

// One of each, reused: the query is only ever read (stringified) by the REST client.
const WITH_RESPONSE = new URLSearchParams({ with_response: 'true' });
const WITHOUT_RESPONSE = new URLSearchParams({ with_response: 'false' });
const JSON_CONTENT = { 'Content-Type': 'application/json' };

/**
 * Over the gateway the first response is a POST to the interaction's callback route. A new public
 * message may be linked to by a repeat, so for that one Discord is asked to say which message it
 * became, in the same response (`with_response`): nobody has to ask for it later.
 */
export function createGatewayResponder(
  rest: REST,
  interaction: { readonly id: string; readonly token: string },
): InteractionResponder {
  return {
    async respond(response) {
      const withResponse = createsPublicMessage(response);
      const result = await rest.post(Routes.interactionCallback(interaction.id, interaction.token), {
        // Serialised here, not by the REST client: a cached answer's embeds are serialised once.
        body: encodeResponse(response),
        passThroughBody: true,
        headers: JSON_CONTENT,
        auth: false,
        query: withResponse ? WITH_RESPONSE : WITHOUT_RESPONSE,
      });
      return withResponse ? createdMessageId(result) : null;
    },
  };
}

function createsPublicMessage(response: APIInteractionResponse): boolean {
  if (response.type !== InteractionResponseType.ChannelMessageWithSource) return false;
  return (Number(response.data.flags ?? 0) & MessageFlags.Ephemeral) === 0;
}

/**
 * The id in `resource.message.id` of a callback's response, read by hand: a schema parse would copy
 * the whole message (embeds and all) on every answer, for one string.
 */
function createdMessageId(result: unknown): string | null {
  const resource = field(result, 'resource');
  const id = field(field(resource, 'message'), 'id');
  return typeof id === 'string' ? id : null;
}

function field(value: unknown, name: string): unknown {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[name] : undefined;
}
