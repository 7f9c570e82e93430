/** Self-test of the fake Discord's fault injection against a real discord.js client. */
import { once } from 'node:events';
import { Events, GatewayOpcodes, HTTPError, InteractionResponseType, type Client } from 'discord.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { startFakeDiscord, type FakeDiscord } from '../support/fake-discord/index.js';
import { HandlerErrors, loginAndWaitReady, makeClient, until } from './client-harness.js';

const CALLBACK = 'POST /interactions/:interactionId/:token/callback';

let fake: FakeDiscord;
let client: Client | undefined;
let handlers: HandlerErrors;

async function startBot(options: Parameters<typeof startFakeDiscord>[0] = {}): Promise<Client> {
  fake = await startFakeDiscord(options);
  client = makeClient(fake);
  await loginAndWaitReady(client, fake);
  return client;
}

/** Replies 'pong: <question>' to /ask, so tests can check the bot still works after faults. */
function answerAsk(bot: Client): void {
  bot.on(
    Events.InteractionCreate,
    handlers.wrap(async (i) => {
      if (i.isChatInputCommand() && i.commandName === 'ask')
        await i.reply({ content: `pong: ${i.options.getString('question')}` });
    }),
  );
}

async function expectAskWorks(): Promise<void> {
  const call = await fake.interact(
    fake.build.chatInput({ name: 'ask', options: { question: 'still there?' } }),
  );
  expect(call.body).toMatchObject({
    type: InteractionResponseType.ChannelMessageWithSource,
    data: { content: 'pong: still there?' },
  });
}

beforeEach(() => {
  handlers = new HandlerErrors();
  client = undefined;
});

afterEach(async () => {
  await client?.destroy();
  await fake.close();
  expect(handlers.errors).toEqual([]);
});

describe('fake discord: gateway faults', () => {
  it('close 4000 → client resumes (RESUME recorded, missed events replayed) and keeps working', async () => {
    const bot = await startBot();
    answerAsk(bot);
    const received: string[] = [];
    bot.on(Events.MessageCreate, (m) => void received.push(m.content));
    const mark = fake.mark();
    const resumed = once(bot, Events.ShardResume);
    fake.faults.gateway.close(4000);
    fake.dispatchMessage({ content: 'sent while down', mentionBot: true });
    const resume = await fake.waitForGateway(
      (f) => f.direction === 'fromBot' && f.op === GatewayOpcodes.Resume,
      { after: mark },
    );
    // READY is s=1, GUILD_CREATE s=2; the message (s=3) was missed and must be replayed.
    expect(resume.d).toMatchObject({ seq: 2, token: '[redacted]' });
    await resumed;
    await until(() => received.length === 1);
    expect(received[0]).toContain('sent while down');
    expect(fake.lifecycle().filter((e) => e.type === 'identified')).toHaveLength(1);
    await expectAskWorks();
  });

  it('TCP drop without close frame → client resumes', async () => {
    const bot = await startBot();
    answerAsk(bot);
    const mark = fake.mark();
    fake.faults.gateway.terminate();
    const closed = await fake.waitForLifecycle('closed', { after: mark });
    expect(closed.by).toBe('fake');
    await fake.waitForResume({ after: mark });
    await expectAskWorks();
  });

  it('missing heartbeat ACKs → client detects the zombie and reconnects', async () => {
    fake = await startFakeDiscord({ heartbeatIntervalMs: 200 });
    client = makeClient(fake);
    await loginAndWaitReady(client, fake);
    answerAsk(client);
    const mark = fake.mark();
    fake.faults.gateway.stopHeartbeatAcks();
    const closed = await fake.waitForLifecycle('closed', { after: mark, timeoutMs: 3_000 });
    expect(closed).toMatchObject({ by: 'bot', code: 4200 });
    await fake.waitForResume({ after: mark, timeoutMs: 3_000 });
    await expectAskWorks();
  });

  it('4004 on IDENTIFY → login rejects and the client does not reconnect', async () => {
    fake = await startFakeDiscord();
    client = makeClient(fake);
    fake.faults.gateway.rejectNextIdentify(4004);
    await expect(client.login(fake.token)).rejects.toThrow(/Authentication failed/);
    expect(fake.lifecycle().filter((e) => e.type === 'connected')).toHaveLength(1);
    expect(await fake.waitForLifecycle('closed')).toMatchObject({ code: 4004, by: 'fake' });
  });

  it('omitFromReady leaves the field out of every READY until cleared', async () => {
    fake = await startFakeDiscord();
    // A bare websocket: discord.js itself throws on such a READY.
    const readyOf = async (): Promise<Record<string, unknown>> => {
      const socket = new WebSocket(`${fake.gatewayUrl}?v=10&encoding=json`);
      try {
        await once(socket, 'open');
        socket.send(
          JSON.stringify({
            op: GatewayOpcodes.Identify,
            d: { token: fake.token, intents: 0, properties: {} },
          }),
        );
        for (;;) {
          const [data] = (await once(socket, 'message')) as [Buffer];
          const frame = JSON.parse(data.toString('utf8')) as { t?: string; d?: Record<string, unknown> };
          if (frame.t === 'READY') return frame.d ?? {};
        }
      } finally {
        socket.close();
      }
    };
    fake.faults.gateway.omitFromReady('guilds');
    for (const d of [await readyOf(), await readyOf()]) {
      expect(d).not.toHaveProperty('guilds');
      expect(d).toHaveProperty('user');
    }
    fake.faults.gateway.omitFromReady('user');
    expect(await readyOf()).not.toHaveProperty('user');
    fake.faults.gateway.omitFromReady(null);
    const restored = await readyOf();
    expect(restored).toMatchObject({ user: { id: fake.world.bot.id } });
    expect(Array.isArray(restored['guilds'])).toBe(true);
  });

  it('4004 after ready → shardDisconnect, no reconnect', async () => {
    const bot = await startBot();
    const disconnected = once(bot, Events.ShardDisconnect);
    fake.faults.gateway.close(4004);
    const [event] = (await disconnected) as [{ code: number }];
    expect(event.code).toBe(4004);
    await new Promise((resolve) => setTimeout(resolve, 700));
    expect(fake.lifecycle().filter((e) => e.type === 'connected')).toHaveLength(1);
  });
  it('op 9 resumable → RESUME on the same connection; op 7 → reconnect and RESUME', async () => {
    const bot = await startBot();
    answerAsk(bot);
    let mark = fake.mark();
    fake.faults.gateway.invalidSession(true);
    const resumed = await fake.waitForResume({ after: mark });
    expect(resumed.connectionId).toBe(1);
    mark = fake.mark();
    fake.faults.gateway.requestReconnect();
    expect((await fake.waitForResume({ after: mark })).connectionId).toBe(2);
    await expectAskWorks();
  });

  it('op 9 not resumable → a fresh IDENTIFY and READY (discord.js throttles it ~5 s)', async () => {
    const bot = await startBot();
    answerAsk(bot);
    const mark = fake.mark();
    fake.faults.gateway.invalidSession(false);
    await fake.waitForLifecycle('identified', { after: mark, timeoutMs: 9_000 });
    const ready = await fake.waitForReady({ after: mark });
    expect(ready.sessionId).not.toBe(fake.lifecycle()[1]?.sessionId);
    await expectAskWorks();
  }, 15_000);

  it('routes guild events to the owning shard when the bot runs 2 shards', async () => {
    fake = await startFakeDiscord({ shardCount: 2, guildCount: 2, maxConcurrency: 2 });
    client = makeClient(fake, { shards: 'auto' });
    await loginAndWaitReady(client, fake);
    const readies = fake.lifecycle().filter((e) => e.type === 'ready');
    expect(readies.map((e) => e.shard).sort()).toEqual([
      [0, 2],
      [1, 2],
    ]);
    const seen: [string, number][] = [];
    client.on(Events.MessageCreate, (m) => void (m.guild && seen.push([m.guild.id, m.guild.shardId])));
    for (const { textChannel } of fake.world.guilds)
      fake.dispatchMessage({ channelId: textChannel.id, mentionBot: true });
    await until(() => seen.length === 2);
    const shardsOfGuilds = fake.world.guilds.map(({ guild }) => [
      guild.id,
      client?.guilds.cache.get(guild.id)?.shardId,
    ]);
    expect(seen.sort()).toEqual(shardsOfGuilds.sort());
    expect(new Set(seen.map(([, shard]) => shard))).toEqual(new Set([0, 1]));
  });
});

describe('fake discord: REST faults', () => {
  it('429 on a callback → discord.js waits retry_after, retries, and the reply lands exactly once', async () => {
    const bot = await startBot();
    const replied: number[] = [];
    bot.on(
      Events.InteractionCreate,
      handlers.wrap(async (i) => {
        if (!i.isChatInputCommand()) return;
        await i.reply({ content: 'eventually' });
        replied.push(Date.now());
      }),
    );
    fake.faults.rest.rateLimit(CALLBACK, { retryAfterMs: 300 });
    const ref = fake.dispatchInteraction(fake.build.chatInput({ name: 'ask' }));
    await until(() => replied.length === 1);
    const calls = fake.interactionCalls(ref);
    expect(calls.map((c) => c.response?.status)).toEqual([429, 204]);
    expect((calls[1]?.receivedAt ?? 0) - (calls[0]?.receivedAt ?? 0)).toBeGreaterThanOrEqual(300);
    expect(calls[0]?.response?.body).toMatchObject({ retry_after: 0.3, global: false });
  });

  it('500 with retries 0 → the error surfaces to the handler', async () => {
    const bot = await startBot();
    const errors: unknown[] = [];
    bot.on(Events.InteractionCreate, (i) => {
      if (i.isChatInputCommand()) i.reply({ content: 'nope' }).catch((error: unknown) => errors.push(error));
    });
    fake.faults.rest.serverError(CALLBACK);
    const ref = fake.dispatchInteraction(fake.build.chatInput({ name: 'ask' }));
    await until(() => errors.length === 1);
    expect(errors[0]).toBeInstanceOf(HTTPError);
    expect(errors[0]).toMatchObject({ status: 500 });
    expect(fake.interactionCalls(ref)).toHaveLength(1);
  });

  it('delays a response by the requested time', async () => {
    const bot = await startBot();
    answerAsk(bot);
    fake.faults.rest.delay(CALLBACK, 300);
    const call = await fake.interact(fake.build.chatInput({ name: 'ask', options: { question: 'slow' } }));
    expect(call.response).toBeUndefined();
    await until(() => call.response !== undefined);
    expect(Date.now() - call.receivedAt).toBeGreaterThanOrEqual(290);
  });

  it('holds a response until the test releases it', async () => {
    const bot = await startBot();
    answerAsk(bot);
    const held = fake.faults.rest.hold(CALLBACK);
    const call = await fake.interact(fake.build.chatInput({ name: 'ask', options: { question: 'held' } }));
    // Longer than a round trip to the bot: still unanswered, since nothing has released it.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(call.response).toBeUndefined();
    held.release();
    await until(() => call.response !== undefined);
    expect(call.response).toMatchObject({ status: 204 });
  });

  it('unknown routes are recorded and answered 404 with a Discord JSON error', async () => {
    fake = await startFakeDiscord();
    const res = await fetch(`${fake.restBase}/v10/no/such/route`, { method: 'POST', body: '{"a":1}' });
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toBe('application/json');
    expect(await res.json()).toEqual({ message: '404: Not Found', code: 0 });
    expect(fake.restCalls('UNKNOWN')[0]).toMatchObject({
      method: 'POST',
      path: '/no/such/route',
      body: { a: 1 },
    });
  });
});
