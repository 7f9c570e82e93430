import type { APIInteractionResponse } from 'discord-api-types/v10';

/**
 * How an interaction's first response leaves the process. The gateway transport POSTs it to
 * Discord's callback route; the HTTP transport writes it as the body of the pending POST.
 * Later work (editing a deferred reply, follow-ups) uses the webhook routes, which need no token.
 */
export interface InteractionResponder {
  /**
   * Sends the one initial response (types 4 to 9). Resolves with the id of the message it created
   * when the transport learns it (the gateway's `with_response`), else null.
   */
  respond(response: APIInteractionResponse): Promise<string | null>;
}
