/**
 * Slow senders over raw sockets: a connection that sends nothing, one that never finishes its
 * headers and one that never finishes its body are each closed once their limit has passed (node
 * checked only every 30 s, whatever the limits said), while a connection that keeps sending whole
 * requests stays open. Short limits are injected; nothing asserts an exact duration.
 */
import { createConnection, type Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { startInteractionsServer, type InteractionsServer } from '../../src/http/interactions-server.js';
import { LogCapture } from '../e2e/support/log-capture.js';
import { createSigner } from '../support/interactions-http/signer.js';

const LIMITS = { headersMs: 300, requestMs: 600, keepAliveMs: 5_000 };
// Far below the node default the limits used to wait for (30 s), far above the limits.
const WINDOW_MS = 10_000;

const signer = createSigner();
let server: InteractionsServer | undefined;
const sockets: Socket[] = [];

afterEach(async () => {
  for (const socket of sockets.splice(0)) socket.destroy();
  await server?.stop(1_000);
  server = undefined;
});

/** A raw connection that remembers what it received and when it closed (ms after it connected). */
interface Probe {
  readonly socket: Socket;
  received: string;
  readonly connectedAt: number;
  closedAfterMs: number | null;
  readonly closed: Promise<void>;
}

async function connect(port: number): Promise<Probe> {
  const socket = createConnection({ port, host: '127.0.0.1' });
  sockets.push(socket);
  await new Promise<void>((resolve, reject) => socket.once('connect', resolve).once('error', reject));
  const probe: Probe = {
    socket,
    received: '',
    connectedAt: Date.now(),
    closedAfterMs: null,
    closed: new Promise((resolve) =>
      socket.once('close', () => {
        probe.closedAfterMs = Date.now() - probe.connectedAt;
        resolve();
      }),
    ),
  };
  socket.setEncoding('utf8').on('data', (chunk: string) => (probe.received += chunk));
  socket.on('error', () => undefined);
  return probe;
}

/** Writes `next()` every 50 ms until the socket closes. */
function trickle(probe: Probe, next: () => string): void {
  const timer = setInterval(() => {
    if (!probe.socket.destroyed) probe.socket.write(next());
  }, 50);
  void probe.closed.then(() => clearInterval(timer));
}

function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  return Promise.race([
    promise,
    new Promise<never>((_, reject) =>
      setTimeout(() => reject(new Error(`${what}: not within ${ms} ms`)), ms),
    ),
  ]);
}

async function startServer(): Promise<number> {
  server = await startInteractionsServer({
    publicKey: signer.publicKeyHex,
    path: '/interactions',
    dispatch: () => Promise.resolve(),
    logger: new LogCapture().logger,
    port: 0,
    host: '127.0.0.1',
    limits: LIMITS,
  });
  return server.port;
}

/**
 * A connection that keeps sending whole requests, each after the last one's answer: never idle past
 * keepAliveMs, no request of it ever incomplete. `answered()` counts its answers; `stop()` ends it.
 */
async function busyConnection(port: number) {
  const control = await connect(port);
  let sending = true;
  const send = () => control.socket.write('GET /healthz HTTP/1.1\r\nhost: x\r\n\r\n');
  control.socket.on('data', () => {
    if (sending) setTimeout(send, 50);
  });
  send();
  return {
    probe: control,
    answered: () => (control.received.match(/HTTP\/1\.1 200/g) ?? []).length,
    stop: () => (sending = false),
  };
}

/** The busy connection was served while the others waited, and is still open. */
function expectStillServed(control: Awaited<ReturnType<typeof busyConnection>>, answered: number): void {
  expect(answered).toBeGreaterThan(1);
  expect(control.probe.closedAfterMs).toBeNull();
  expect(control.probe.socket.destroyed).toBe(false);
}

describe('connection limits', () => {
  it('closes a connection that sends nothing at all after headersMs; a busy one stays', async () => {
    const port = await startServer();
    const control = await busyConnection(port);
    const idle = await connect(port);
    await within(idle.closed, WINDOW_MS, 'idle connection closed');
    const answered = control.answered();
    control.stop();
    expect(idle.closedAfterMs).toBeGreaterThanOrEqual(LIMITS.headersMs / 2);
    expect(idle.received).toMatch(/^HTTP\/1\.1 408 Request Timeout\r\n/);
    expectStillServed(control, answered);
  });

  it('closes half-sent headers after headersMs and a half-sent body after requestMs, with a 408', async () => {
    const port = await startServer();
    const control = await busyConnection(port);
    const halfHeaders = await connect(port);
    halfHeaders.socket.write('POST /interactions HTTP/1.1\r\nhost: x\r\n');
    let header = 0;
    trickle(halfHeaders, () => `x-slow-${header++}: y\r\n`);
    const halfBody = await connect(port);
    // Signed (for a body it never finishes), so the endpoint waits for the body rather than refusing.
    const signature = Object.entries(signer.headers('{}'))
      .map(([name, value]) => `${name}: ${value}\r\n`)
      .join('');
    halfBody.socket.write(
      `POST /interactions HTTP/1.1\r\nhost: x\r\n${signature}content-length: 1000\r\n\r\n`,
    );
    trickle(halfBody, () => '{');

    await within(Promise.all([halfHeaders.closed, halfBody.closed]), WINDOW_MS, 'slow senders closed');
    const answered = control.answered();
    control.stop();
    // Not before a point clearly below each limit (an exact time is not asserted).
    expect(halfHeaders.closedAfterMs).toBeGreaterThanOrEqual(LIMITS.headersMs / 2);
    expect(halfBody.closedAfterMs).toBeGreaterThanOrEqual(LIMITS.requestMs / 2);
    expect(halfHeaders.received).toMatch(/^HTTP\/1\.1 408 Request Timeout\r\n/);
    expect(halfBody.received).toMatch(/^HTTP\/1\.1 408 Request Timeout\r\n/);
    expectStillServed(control, answered);
  });
});
