/**
 * The endpoint's transport on its own, with real Ed25519 signatures and a stand-in for the handlers:
 * every refusal, PING, health, the no-response deadline and a graceful stop with requests in flight.
 * The real process with the real handlers: tests/e2e/http-*.test.ts.
 */
import { createConnection } from 'node:net';
import {
  InteractionResponseType,
  InteractionType,
  type APIInteraction,
  type APIInteractionResponse,
} from 'discord-api-types/v10';
import { afterEach, describe, expect, it } from 'vitest';
import type { DispatchInteraction } from '../../src/http/dispatch-interaction.js';
import { startInteractionsServer, type InteractionsServer } from '../../src/http/interactions-server.js';
import { MAX_BODY_BYTES } from '../../src/http/read-body.js';
import { LogCapture } from '../e2e/support/log-capture.js';
import { endpointClient, type EndpointClient } from '../support/interactions-http/client.js';
import { createSigner, type InteractionSigner } from '../support/interactions-http/signer.js';

const signer = createSigner();
let server: InteractionsServer | undefined;
let client: EndpointClient | undefined;

afterEach(async () => {
  client?.close();
  await server?.stop(1_000);
  server = undefined;
  client = undefined;
});

const ANSWER: APIInteractionResponse = {
  type: InteractionResponseType.ChannelMessageWithSource,
  data: { content: 'answered' },
};

/** Answers every interaction with ANSWER, and remembers what it was given. */
function answering(seen: APIInteraction[] = []): DispatchInteraction {
  return async (interaction, responder) => {
    seen.push(interaction);
    await responder.respond(ANSWER);
  };
}

async function start(
  dispatch: DispatchInteraction = answering(),
  options: { responseTimeoutMs?: number; logs?: LogCapture; signedBy?: InteractionSigner } = {},
): Promise<EndpointClient> {
  server = await startInteractionsServer({
    publicKey: (options.signedBy ?? signer).publicKeyHex,
    path: '/interactions',
    dispatch,
    logger: (options.logs ?? new LogCapture()).logger,
    port: 0,
    host: '127.0.0.1',
    responseTimeoutMs: options.responseTimeoutMs,
  });
  client = endpointClient({ port: server.port }, signer);
  return client;
}

function command(id = '1000'): Record<string, unknown> {
  return {
    id,
    application_id: '42',
    type: InteractionType.ApplicationCommand,
    token: `token-${id}`,
    version: 1,
    data: { id: '7', name: 'ask', type: 1 },
  };
}

const signed = (body: string, at?: number) => ({
  'content-type': 'application/json',
  ...signer.headers(body, at),
});

describe('PING and health', () => {
  it('answers a signed PING with PONG without bothering the handlers', async () => {
    const seen: APIInteraction[] = [];
    const endpoint = await start(answering(seen));
    const reply = await endpoint.post({
      id: '1',
      application_id: '42',
      type: InteractionType.Ping,
      token: 't',
      version: 1,
    });
    expect(reply).toMatchObject({ status: 200, json: { type: InteractionResponseType.Pong } });
    expect(seen).toEqual([]);
  });

  it('serves GET /healthz', async () => {
    const endpoint = await start();
    expect(await endpoint.send({ method: 'GET', path: '/healthz' })).toMatchObject({
      status: 200,
      json: { status: 'ok' },
    });
  });

  it('hands a signed command to the handlers and returns their response as the body', async () => {
    const seen: APIInteraction[] = [];
    const endpoint = await start(answering(seen));
    const reply = await endpoint.post(command('1001'));
    expect(reply).toMatchObject({ status: 200, json: ANSWER });
    expect(reply.headers['content-type']).toBe('application/json');
    expect(seen.map((i) => i.id)).toEqual(['1001']);
  });
});

describe('refusals: nothing unsigned reaches the handlers', () => {
  const body = JSON.stringify(command());

  it.each([
    ['no signature headers', {}],
    ['only a timestamp', { 'x-signature-timestamp': String(Math.floor(Date.now() / 1000)) }],
    ['a signature that is not hex', { ...signed(body), 'x-signature-ed25519': 'zz'.repeat(64) }],
    ['a signature of the wrong length', { ...signed(body), 'x-signature-ed25519': 'ab'.repeat(63) }],
    ['a timestamp that is not a number', { ...signed(body), 'x-signature-timestamp': 'yesterday' }],
    ['a signature by another key', createSigner().headers(body)],
    [
      'a valid signature over another (fresh) timestamp',
      { ...signed(body), 'x-signature-timestamp': String(Math.floor(Date.now() / 1000) + 1) },
    ],
  ])('%s → 401', async (_name, headers) => {
    const seen: APIInteraction[] = [];
    const endpoint = await start(answering(seen));
    const reply = await endpoint.send({ body, headers: { 'content-type': 'application/json', ...headers } });
    expect(reply.status).toBe(401);
    expect(reply.text).toMatch(/^\{"error":"[^"]+"\}$/);
    expect(seen).toEqual([]);
  });

  it('a valid signature over another body → 401', async () => {
    const seen: APIInteraction[] = [];
    const endpoint = await start(answering(seen));
    const other = JSON.stringify(command('2000'));
    expect((await endpoint.send({ body, headers: signed(other) })).status).toBe(401);
    expect(seen).toEqual([]);
  });

  it.each([
    ['six minutes old', -6 * 60_000],
    ['six minutes ahead', 6 * 60_000],
  ])('a correctly signed request with a timestamp %s (a replay) → 401', async (_name, offset) => {
    const seen: APIInteraction[] = [];
    const endpoint = await start(answering(seen));
    const reply = await endpoint.send({ body, headers: signed(body, Date.now() + offset) });
    expect(reply).toMatchObject({ status: 401, json: { error: 'stale or future timestamp' } });
    expect(seen).toEqual([]);
  });

  it('accepts a timestamp four minutes old (inside the window)', async () => {
    const endpoint = await start();
    expect((await endpoint.send({ body, headers: signed(body, Date.now() - 4 * 60_000) })).status).toBe(200);
  });

  it('an unsigned PING → 401 (the Developer Portal checks this before saving the URL)', async () => {
    const endpoint = await start();
    const ping = JSON.stringify({ id: '1', application_id: '42', type: 1, token: 't', version: 1 });
    expect((await endpoint.send({ body: ping, headers: createSigner().headers(ping) })).status).toBe(401);
  });

  it('a body over 64 KiB with its Content-Length → 413, even when signed', async () => {
    const seen: APIInteraction[] = [];
    const endpoint = await start(answering(seen));
    const big = JSON.stringify({ ...command(), padding: 'x'.repeat(MAX_BODY_BYTES) });
    const reply = await endpoint.send({ body: big, headers: signed(big) });
    expect(reply).toMatchObject({ status: 413, json: { error: 'body too large' } });
    expect(reply.headers['connection']).toBe('close');
    expect(seen).toEqual([]);
  });

  it('a chunked body that grows past 64 KiB → 413', async () => {
    const endpoint = await start();
    const chunk = Buffer.alloc(16 * 1024, 0x20);
    const chunks = Array.from({ length: 6 }, () => chunk);
    const reply = await endpoint.send({ body: chunks, headers: signed(Buffer.concat(chunks).toString()) });
    expect(reply.status).toBe(413);
  });

  it('a body of exactly 64 KiB is read (and refused only for what it says)', async () => {
    const endpoint = await start();
    const start_ = JSON.stringify({ ...command(), padding: '' });
    const padded = start_.replace(
      '"padding":""',
      `"padding":"${'x'.repeat(MAX_BODY_BYTES - start_.length)}"`,
    );
    expect(Buffer.byteLength(padded)).toBe(MAX_BODY_BYTES);
    expect((await endpoint.send({ body: padded, headers: signed(padded) })).status).toBe(200);
  });

  it.each([
    ['garbage', 'not json at all {', 'body is not JSON'],
    ['truncated JSON', body.slice(0, 20), 'body is not JSON'],
    ['JSON that is not an interaction', '[1,2,3]', 'body is not an interaction'],
    [
      'an interaction without a token',
      JSON.stringify({ ...command(), token: undefined }),
      'body is not an interaction',
    ],
    ['an unknown interaction type', JSON.stringify({ ...command(), type: 99 }), 'unknown interaction type'],
  ])('signed %s → 400 with a short JSON error', async (_name, text, error) => {
    const seen: APIInteraction[] = [];
    const endpoint = await start(answering(seen));
    const reply = await endpoint.send({ body: text, headers: signed(text) });
    expect(reply).toMatchObject({ status: 400, json: { error } });
    expect(seen).toEqual([]);
  });

  it.each([
    ['GET', '/interactions', 405],
    ['PUT', '/interactions', 405],
    ['POST', '/interaction', 404],
    ['POST', '/', 404],
    ['POST', '/healthz', 405],
  ])('%s %s → %i', async (method, path, status) => {
    const seen: APIInteraction[] = [];
    const endpoint = await start(answering(seen));
    const reply = await endpoint.send({
      method,
      path,
      body: method === 'GET' ? undefined : body,
      headers: signed(body),
    });
    expect(reply.status).toBe(status);
    if (status === 405) expect(reply.headers['allow']).toBeDefined();
    expect(seen).toEqual([]);
  });

  it('malformed HTTP gets a bare 400 and the server keeps serving', async () => {
    const endpoint = await start();
    const port = server?.port ?? 0;
    const raw = await new Promise<string>((resolve, reject) => {
      let text = '';
      const socket = createConnection({ port, host: '127.0.0.1' }, () => socket.write('NONSENSE\r\n\r\n'));
      socket.setEncoding('utf8').on('data', (chunk: string) => (text += chunk));
      socket.on('close', () => resolve(text)).on('error', reject);
    });
    expect(raw).toMatch(/^HTTP\/1\.1 400/);
    expect((await endpoint.post(command())).status).toBe(200);
  });
});

describe('handlers that do not respond', () => {
  it('a handler that never responds gets the request a 500 at the deadline, not a hang', async () => {
    const logs = new LogCapture();
    let late: Promise<unknown> = Promise.resolve();
    const endpoint = await start(
      (_interaction, responder) =>
        new Promise<void>((resolve) =>
          setTimeout(() => {
            late = responder.respond(ANSWER).catch((error: unknown) => error);
            resolve();
          }, 400),
        ),
      { responseTimeoutMs: 150, logs },
    );
    const reply = await endpoint.post(command());
    expect(reply).toMatchObject({ status: 500, json: { error: 'no response from the handler' } });
    await logs.waitFor({ msg: 'No response within 150 ms' });
    // The late response cannot be sent: the handler learns that rather than writing twice.
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(await late).toBeInstanceOf(Error);
  });

  it('a handler that finishes or fails without responding gets a 500 at once', async () => {
    const endpoint = await start((interaction) =>
      interaction.id === '1' ? Promise.reject(new Error('boom')) : Promise.resolve(),
    );
    expect((await endpoint.post(command('1'))).status).toBe(500);
    expect((await endpoint.post(command('2'))).status).toBe(500);
  });

  it('a second response from one handler is refused, the first stands', async () => {
    let second: unknown;
    const endpoint = await start(async (_interaction, responder) => {
      await responder.respond(ANSWER);
      second = await responder
        .respond({ type: InteractionResponseType.Pong })
        .catch((error: unknown) => error);
    });
    expect((await endpoint.post(command())).json).toEqual(ANSWER);
    expect(second).toBeInstanceOf(Error);
  });
});

describe('graceful stop', () => {
  it('finishes requests in flight and their follow-up work, refuses new ones, then closes', async () => {
    const release: (() => void)[] = [];
    const finished: string[] = [];
    const endpoint = await start(async (interaction, responder) => {
      // Slow: each waits until the test lets it go, then answers, then does follow-up work.
      await new Promise<void>((resolve) => release.push(resolve));
      await responder.respond(ANSWER);
      await new Promise((resolve) => setTimeout(resolve, 100));
      finished.push(interaction.id);
    });
    const inFlight = [endpoint.post(command('1')), endpoint.post(command('2'))];
    while (release.length < 2) await new Promise((resolve) => setTimeout(resolve, 10));
    const stopped = server?.stop(5_000);
    // New connections are no longer accepted.
    await expect(
      endpoint.send({ method: 'GET', path: '/healthz', headers: { connection: 'close' } }),
    ).rejects.toThrow();
    for (const go of release) go();
    expect((await Promise.all(inFlight)).map((r) => r.status)).toEqual([200, 200]);
    expect(await stopped).toBe(true);
    expect(finished.sort()).toEqual(['1', '2']);
  });

  it('closes a busy kept-alive connection after its response, leaving a request queued behind it unprocessed', async () => {
    let release = (): void => undefined;
    let entered = (): void => undefined;
    const slowEntered = new Promise<void>((resolve) => (entered = resolve));
    const seen: string[] = [];
    await start(async (interaction, responder) => {
      seen.push(interaction.id);
      if (interaction.id === '999') {
        entered();
        await new Promise<void>((resolve) => (release = resolve));
      }
      await responder.respond(ANSWER);
    });
    const rawRequest = (id: string): string => {
      const body = JSON.stringify(command(id));
      const headers = Object.entries(signed(body)).map(([name, value]) => `${name}: ${value}\r\n`);
      return `POST /interactions HTTP/1.1\r\nhost: x\r\ncontent-length: ${body.length}\r\n${headers.join('')}\r\n${body}`;
    };
    const socket = createConnection({ port: server?.port ?? 0, host: '127.0.0.1' });
    let received = '';
    socket.setEncoding('utf8').on('data', (chunk: string) => (received += chunk));
    const closed = new Promise<void>((resolve) => socket.on('close', () => resolve()));
    socket.write(rawRequest('999'));
    await slowEntered;
    const stopped = server?.stop(5_000);
    // Pipelined behind the slow one, on the same connection: it arrives after stopping began.
    socket.write(rawRequest('1000'));
    await new Promise((resolve) => setTimeout(resolve, 50));
    release();
    await closed;
    // The client sees the connection close with its second request unanswered, so it knows to send it elsewhere.
    expect(received.match(/^HTTP\/1\.1 \d+/gm)).toEqual(['HTTP/1.1 200']);
    expect(received).toMatch(/^connection: close\r$/im);
    expect(seen).toEqual(['999']);
    expect(await stopped).toBe(true);
  });
});
