/**
 * Drives the HTTP interactions endpoint as Discord would: interactions signed with a key pair made
 * in the test, delivered by the fake Discord (which applies each response as the callback), and the
 * endpoint run as a process with a free port.
 */
import type { APIInteraction } from 'discord-api-types/v10';
import type { FakeDiscord, RecordedRestCall, RouteResponse } from '../../support/fake-discord/index.js';
import {
  endpointClient,
  type EndpointClient,
  type EndpointResponse,
} from '../../support/interactions-http/client.js';
import { createSigner, type InteractionSigner } from '../../support/interactions-http/signer.js';
import { botEnv } from './bot-env.js';
import { ROUTES } from './payloads.js';
import { freePort } from '../../support/free-port.js';

export { freePort };

/** One delivery: what the endpoint answered, and the same as a callback record the payload helpers read. */
export interface Delivered {
  readonly reply: EndpointResponse;
  /**
   * The response as if it had been POSTed to the callback route: `body` is the response, `response`
   * what the fake made of it (Discord's checks) or, for a non-200, the endpoint's own status.
   */
  readonly call: RecordedRestCall;
  readonly callback: RouteResponse | null;
}

/** Delivers the interaction to the endpoint through the fake Discord. */
export async function deliver(
  fake: FakeDiscord,
  client: EndpointClient,
  payload: APIInteraction,
): Promise<Delivered> {
  const { reply, callback } = await fake.deliverOverHttp(payload, (p) => client.post(p));
  const params = { interactionId: payload.id, token: payload.token };
  const call: RecordedRestCall = {
    index: -1,
    method: 'POST',
    path: `/interactions/${payload.id}/${payload.token}/callback`,
    route: ROUTES.callback,
    params,
    query: {},
    headers: {},
    authorized: false,
    body: reply.json,
    files: [],
    receivedAt: Date.now(),
    response: callback
      ? { status: callback.status, body: callback.body }
      : { status: reply.status, body: reply.json },
  };
  return { reply, call, callback };
}

/** Where an endpoint under test listens and who signs for it. */
export interface EndpointSetup {
  readonly signer: InteractionSigner;
  readonly port: number;
  readonly env: Record<string, string>;
  client(path?: string): EndpointClient;
}

/** A signer, a free port and the environment for an endpoint whose webhooks go to `fake`. */
export async function endpointSetup(
  fake: FakeDiscord,
  extra: Record<string, string> = {},
): Promise<EndpointSetup> {
  const signer = createSigner();
  const port = await freePort();
  const env = botEnv(fake, {
    DISCORD_PUBLIC_KEY: signer.publicKeyHex,
    INTERACTIONS_PORT: String(port),
    LOG_LEVEL: 'info',
    ...extra,
  });
  return {
    signer,
    port,
    env,
    client: (path = extra.INTERACTIONS_PATH ?? '/interactions') => endpointClient({ port, path }, signer),
  };
}
