import type { REST } from 'discord.js';
import {
  InteractionResponseType,
  MessageFlags,
  Routes,
  type APIInteractionResponse,
} from 'discord-api-types/v10';
import { z } from 'zod';
import type { InteractionResponder } from '../../interactions/interaction-responder.js';

const CallbackResult = z.object({
  resource: z.object({ message: z.object({ id: z.string() }).optional() }).optional(),
});

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
        body: response,
        auth: false,
        query: new URLSearchParams({ with_response: String(withResponse) }),
      });
      if (!withResponse) return null;
      return CallbackResult.parse(result).resource?.message?.id ?? null;
    },
  };
}

function createsPublicMessage(response: APIInteractionResponse): boolean {
  if (response.type !== InteractionResponseType.ChannelMessageWithSource) return false;
  return (Number(response.data.flags ?? 0) & MessageFlags.Ephemeral) === 0;
}
