/**
 * Interactions Discord delivers to an Interactions Endpoint URL instead of the gateway: the HTTP
 * response to its POST is the interaction's callback. Applying it here, with the callback route's
 * own rules, opens the interaction webhook (deferred edits, follow-ups) as a REST callback would.
 */
import type { APIInteraction, APIMessage } from 'discord-api-types/v10';
import { asObject } from './json-fields.js';
import type { MessageEcho, MessageEchoKind } from './message-echo.js';
import { interactionCallback } from './rest-routes-callback.js';
import type { RouteResponse } from './route-table.js';
import type { World } from './world.js';

/** What the endpoint answered, as the test's HTTP client read it. */
export interface EndpointReply {
  readonly status: number;
  readonly json: unknown;
}

/** The endpoint's reply and, when it was a 200, what the fake made of it as a callback (204 or a Discord error). */
export interface HttpDelivery<R extends EndpointReply> {
  readonly reply: R;
  readonly callback: RouteResponse | null;
}

/**
 * Opens the interaction, lets `post` deliver it (signed, to the endpoint), and applies a 200's body
 * as the callback. Webhook calls for the interaction that arrive before that wait for it (the
 * endpoint may send its deferred edit before this process has read the response).
 */
export async function deliverOverHttp<R extends EndpointReply>(
  world: World,
  payload: APIInteraction,
  post: (payload: APIInteraction) => Promise<R>,
  echo: (echo: MessageEcho) => void,
): Promise<HttpDelivery<R>> {
  world.registerInteraction(payload);
  let settle = (): void => undefined;
  world.httpDeliveries.set(payload.token, new Promise<void>((resolve) => (settle = resolve)));
  try {
    const reply = await post(payload);
    if (reply.status !== 200) return { reply, callback: null };
    const echoes: MessageEcho[] = [];
    const callback = interactionCallback({
      call: {
        index: -1,
        method: 'POST',
        path: `/interactions/${payload.id}/${payload.token}/callback`,
        route: 'HTTP response',
        params: { interactionId: payload.id, token: payload.token },
        query: {},
        headers: {},
        authorized: false,
        body: reply.json,
        files: [],
        receivedAt: Date.now(),
      },
      params: { interactionId: payload.id, token: payload.token },
      body: asObject(reply.json),
      world,
      gatewayUrl: '',
      echo: (kind: MessageEchoKind, message: APIMessage) => void echoes.push({ kind, message }),
    });
    for (const change of echoes) setImmediate(() => echo(change));
    return { reply, callback };
  } finally {
    world.httpDeliveries.delete(payload.token);
    settle();
  }
}
