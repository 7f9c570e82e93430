import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { createWorkTracker } from '../bot/work-tracker.js';
import type { Logger } from '../logging/logger.js';
import type { Metrics } from '../metrics/metrics.js';
import type { DispatchInteraction } from './dispatch-interaction.js';
import { watchEventLoop } from './watch-event-loop.js';
import { handleRequest, RESPONSE_TIMEOUT_MS, type RequestContext } from './handle-request.js';
import { refuse } from './send-json.js';
import { createSignatureCheck, publicKeyFromHex } from './verify-signature.js';

/** How long a connection may take over each part of its life; the defaults are the documented ones. */
export interface ConnectionLimits {
  /** Headers must arrive within this of the connection or request starting (slow-loris). */
  readonly headersMs: number;
  /** The whole request, body included, within this. */
  readonly requestMs: number;
  /**
   * Idle keep-alive connections stay open this long: longer than a load balancer's own idle timeout
   * (60 s on the common ones), so the balancer, not us, closes them and never sends on a socket we shut.
   */
  readonly keepAliveMs: number;
}

export const CONNECTION_LIMITS: ConnectionLimits = {
  headersMs: 10_000,
  requestMs: 15_000,
  keepAliveMs: 65_000,
};

/**
 * How often node checks connections against headersMs and requestMs. Its default is 30 s, so a
 * slow sender (or a connection that sends nothing) was closed at about 30 s, not 10 or 15: checking
 * ten times per limit keeps each within a tenth of its value.
 */
function checkingIntervalMs(limits: ConnectionLimits): number {
  return Math.max(10, Math.floor(Math.min(limits.headersMs, limits.requestMs) / 10));
}

/** After the drain, how long connections get to flush their last response before they are cut. */
const CLOSE_LINGER_MS = 500;

/** What the endpoint needs. */
export interface InteractionsServerOptions {
  /** The application's public key, hex. */
  readonly publicKey: string;
  /** The path Discord POSTs to, e.g. `/interactions`. */
  readonly path: string;
  readonly dispatch: DispatchInteraction;
  readonly logger: Logger;
  /** Port to listen on (0: any free one). */
  readonly port: number;
  /** Default: every interface. */
  readonly host?: string;
  /** Clock for the timestamp window (ms since the epoch). */
  readonly now?: () => number;
  /** Default RESPONSE_TIMEOUT_MS. */
  readonly responseTimeoutMs?: number;
  /** Served on GET /metrics (no signature); absent: /metrics is 404 like any other path. */
  readonly metrics?: Metrics;
  /** Default CONNECTION_LIMITS (tests use short ones). */
  readonly limits?: ConnectionLimits;
}

/** A listening endpoint. */
export interface InteractionsServer {
  readonly port: number;
  /**
   * Stops accepting connections and requests, waits for requests and their handlers' work in
   * flight (at most `graceMs`), then closes every connection. Resolves true if all work finished.
   */
  stop(graceMs: number): Promise<boolean>;
}

/** Starts the endpoint; resolves once it listens. */
export async function startInteractionsServer(
  options: InteractionsServerOptions,
): Promise<InteractionsServer> {
  const tracker = createWorkTracker();
  // Responses not yet written: on stop they are told to close their connection.
  const pending = new Set<ServerResponse>();
  const key = publicKeyFromHex(options.publicKey);
  const loop = watchEventLoop();
  const ctx: RequestContext = {
    checkSignature: createSignatureCheck(key, () => loop.busy()),
    path: options.path,
    dispatch: options.dispatch,
    logger: options.logger,
    track: (work) => tracker.run(work),
    accepting: () => tracker.accepting,
    now: options.now ?? Date.now,
    responseTimeoutMs: options.responseTimeoutMs ?? RESPONSE_TIMEOUT_MS,
    metrics: options.metrics,
  };
  const limits = options.limits ?? CONNECTION_LIMITS;
  const server = createServer(
    {
      headersTimeout: limits.headersMs,
      requestTimeout: limits.requestMs,
      keepAliveTimeout: limits.keepAliveMs,
      connectionsCheckingInterval: checkingIntervalMs(limits),
    },
    (req, res) => {
      // While stopping, every response closes its connection, so no keep-alive socket outlives the drain.
      if (!tracker.accepting) res.setHeader('connection', 'close');
      pending.add(res);
      res.once('finish', () => pending.delete(res)).once('close', () => pending.delete(res));
      handleRequest(ctx, req, res).catch((error: unknown) => {
        options.logger.error({ err: error }, 'Interactions request failed');
        refuse(res, 500, 'internal error');
      });
    },
  );
  server.on('clientError', (error: NodeJS.ErrnoException, socket) => {
    // Malformed HTTP gets a bare 400, a request that took too long a 408, as node would, without
    // logging each one.
    const status = error.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? '408 Request Timeout' : '400 Bad Request';
    if (socket.writable) socket.end(`HTTP/1.1 ${status}\r\nconnection: close\r\n\r\n`);
    else socket.destroy();
  });
  const port = await listen(server, options.port, options.host);
  let stopping: Promise<boolean> | null = null;
  return {
    port,
    stop: (graceMs) => {
      for (const res of pending) if (!res.headersSent) res.setHeader('connection', 'close');
      return (stopping ??= stopServer(server, tracker, graceMs));
    },
  };
}

function listen(server: Server, port: number, host: string | undefined): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

async function stopServer(
  server: Server,
  tracker: ReturnType<typeof createWorkTracker>,
  graceMs: number,
): Promise<boolean> {
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  // close() stops listening and ends idle keep-alive connections; busy ones end after their response.
  server.closeIdleConnections();
  const drained = await tracker.close(graceMs);
  // Every response is written by now: their connections go idle as soon as the bytes are out.
  server.closeIdleConnections();
  const lingered = await Promise.race([closed.then(() => false), sleep(CLOSE_LINGER_MS, true)]);
  // Whatever is still open holds no work of ours (a half-sent request, a stuck reader).
  if (lingered) server.closeAllConnections();
  await closed;
  return drained;
}
