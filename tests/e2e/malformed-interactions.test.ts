/**
 * Interactions the handlers cannot read (a `member` without `user`, `data` null or missing, a button
 * without its message, a message command without its target): over HTTP, signed for real, a 400
 * saying which field (it was a 500 "no response from the handler", the error boundary itself
 * throwing); over the gateway, the usual private error note (it was dropped without a word).
 */
import { REST } from 'discord.js';
import type { APIInteraction } from 'discord-api-types/v10';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { NOTICES } from '../../src/bot/render/render-notice.js';
import { createKnowledgeStore } from '../../src/knowledge/knowledge-store.js';
import { startInteractionsServer, type InteractionsServer } from '../../src/http/interactions-server.js';
import { createBotContext, handleInteraction } from '../../src/bot/interactions/handle-interaction.js';
import { loadKnowledge } from '../../src/knowledge/load-knowledge.js';
import { startFakeDiscord, type FakeDiscord } from '../support/fake-discord/index.js';
import { endpointClient, type EndpointClient } from '../support/interactions-http/client.js';
import { createSigner } from '../support/interactions-http/signer.js';
import { startHarness, stopHarness, type Harness } from './support/bot-harness.js';
import { CONTENT_DIR } from './support/bot-env.js';
import { expectWellFormedCall } from './support/expect-well-formed.js';
import { LogCapture } from './support/log-capture.js';
import { callbackMessage, callbackOf, CALLBACK, isEphemeral, ROUTES } from './support/payloads.js';

type Mangle = (fake: FakeDiscord) => { payload: object; field: string };

/** A copy of `value` without `key`. */
function without<T extends object>(value: T, key: keyof T): object {
  const copy: Record<string, unknown> = { ...(value as Record<string, unknown>) };
  delete copy[key as string];
  return copy;
}

/** Each case: a payload the fake builds, broken in one place, and the field the 400 names. */
const MALFORMED: [string, Mangle][] = [
  [
    'a member without user',
    (fake) => {
      const payload = fake.build.chatInput({ name: 'ask', options: { question: 'What is a GPU?' } });
      const member = payload.member ? without(payload.member, 'user') : {};
      return { payload: { ...payload, member }, field: 'member.user' };
    },
  ],
  [
    'data null',
    (fake) => ({ payload: { ...fake.build.chatInput({ name: 'topics' }), data: null }, field: 'data' }),
  ],
  [
    'data missing',
    (fake) => {
      return { payload: without(fake.build.chatInput({ name: 'about' }), 'data'), field: 'data' };
    },
  ],
  [
    'a button without its message',
    (fake) => {
      return { payload: without(fake.build.button({ customId: 'topics:1' }), 'message'), field: 'message' };
    },
  ],
  [
    'a message command without its resolved target',
    (fake) => {
      const payload = fake.build.messageContextMenu({ name: 'Ask about this message' });
      return { payload: { ...payload, data: without(payload.data, 'resolved') }, field: 'data.resolved' };
    },
  ],
];

describe('over HTTP, with real signatures and the real handlers', () => {
  const signer = createSigner();
  let fake: FakeDiscord;
  let server: InteractionsServer;
  let client: EndpointClient;

  beforeAll(async () => {
    fake = await startFakeDiscord();
    const ctx = createBotContext({
      store: createKnowledgeStore(await loadKnowledge(CONTENT_DIR)),
      logger: new LogCapture().logger,
      rest: new REST({ api: fake.restBase, retries: 0, timeout: 3_000 }),
      contentDir: CONTENT_DIR,
      reload: () => Promise.resolve({ ok: true, passages: 0, questions: 0 }),
      cooldown: { questions: 100, seconds: 30 },
    });
    server = await startInteractionsServer({
      publicKey: signer.publicKeyHex,
      path: '/interactions',
      dispatch: (interaction, responder) => handleInteraction(interaction, responder, ctx),
      logger: new LogCapture().logger,
      port: 0,
      host: '127.0.0.1',
    });
    client = endpointClient({ port: server.port }, signer);
  });
  afterAll(async () => {
    client.close();
    await server.stop(1_000);
    await fake.close();
  });

  it.each(MALFORMED)('%s → 400 naming the field', async (_name, mangle) => {
    const { payload, field } = mangle(fake);
    const reply = await client.post(payload);
    expect(reply.status).toBe(400);
    const body = z.strictObject({ error: z.string() }).parse(reply.json);
    expect(body.error).toMatch(new RegExp(`^malformed interaction: .*${field}`));
  });

  it('the same interactions, whole, are answered', async () => {
    const whole = fake.build.chatInput({ name: 'ask', options: { question: 'What is a GPU?' } });
    expect((await client.post(whole)).status).toBe(200);
    expect((await client.post(fake.build.button({ customId: 'topics:1' }))).status).toBe(200);
  });
});

describe('over the gateway', () => {
  let h: Harness | undefined;
  afterEach(async () => {
    await stopHarness(h);
    h = undefined;
  });

  it.each(MALFORMED)('%s → the private error note, and a warning in the log', async (_name, mangle) => {
    h = await startHarness();
    const { payload } = mangle(h.fake);
    const call = await h.fake.interact(payload as APIInteraction, { timeoutMs: 10_000 });
    expect(call.route).toBe(ROUTES.callback);
    expect(callbackOf(call).type).toBe(CALLBACK.message);
    expectWellFormedCall(call);
    const message = callbackMessage(call);
    expect(isEphemeral(message)).toBe(true);
    expect(message.content).toBe(NOTICES.error);
    await h.logs.waitFor({ msg: 'Refused a malformed INTERACTION_CREATE' });
  });
});
