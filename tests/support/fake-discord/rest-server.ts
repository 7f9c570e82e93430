/** Handles one HTTP request: parse, record, apply faults, route, answer JSON. */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import type { APIMessage } from 'discord-api-types/v10';
import { parseBody, readBody } from './http-body.js';
import { asObject } from './json-fields.js';
import type { MessageEcho, MessageEchoKind } from './message-echo.js';
import type { Recorder } from './recorder.js';
import type { RestFaults } from './rest-faults.js';
import { API_PREFIX, routes } from './rest-routes.js';
import { decodePath, discordError, matchRoute, type RouteResponse } from './route-table.js';
import type { RecordedRestCall } from './types.js';
import type { World } from './world.js';

export interface RestServerDeps {
  world: World;
  recorder: Recorder;
  faults: RestFaults;
  /** When set, authenticated routes require `Authorization: Bot <token>`. */
  token: string | undefined;
  gatewayUrl: () => string;
  echo: (echo: MessageEcho) => void;
  /** Aborted on close so delayed responses give up. */
  signal: AbortSignal;
}

/** Routes Discord serves without the bot token (the interaction token is the credential). */
const TOKEN_AUTHENTICATED = /^\/(interactions|webhooks)\//;

function headersWithoutAuth(req: IncomingMessage): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers)) {
    if (name === 'authorization' || value === undefined) continue;
    headers[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return headers;
}

function send(res: ServerResponse, response: RouteResponse): void {
  if (res.writableEnded || res.destroyed) return;
  const headers = { ...response.headers };
  if (response.status === 204 || response.body === undefined) {
    res.writeHead(response.status, headers).end();
    return;
  }
  res
    .writeHead(response.status, { ...headers, 'content-type': 'application/json' })
    .end(JSON.stringify(response.body));
}

function runRoute(
  deps: RestServerDeps,
  match: NonNullable<ReturnType<typeof matchRoute>>,
  call: RecordedRestCall,
  echoes: MessageEcho[],
): RouteResponse {
  const { world } = deps;
  const echo = (kind: MessageEchoKind, message: APIMessage): void => void echoes.push({ kind, message });
  try {
    return match.route.handler({
      call,
      params: match.params,
      body: asObject(call.body),
      world,
      gatewayUrl: deps.gatewayUrl(),
      echo,
    });
  } catch (error) {
    return { status: 500, body: { message: `fake discord route failed: ${String(error)}`, code: 0 } };
  }
}

export function createRestHandler(deps: RestServerDeps) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const method = (req.method ?? 'GET').toUpperCase();
    const { body, files } = parseBody(await readBody(req), req.headers['content-type']);
    const versioned = url.pathname.startsWith(`${API_PREFIX}/`);
    const rawPath = versioned ? url.pathname.slice(API_PREFIX.length) : url.pathname;
    const path = decodePath(rawPath);
    const match = versioned ? matchRoute(routes, method, rawPath) : null;
    const authHeader = req.headers.authorization;
    const call: RecordedRestCall = deps.recorder.rest.push({
      method,
      path,
      route: match?.route.label ?? 'UNKNOWN',
      params: match?.params ?? {},
      query: Object.fromEntries(url.searchParams),
      headers: headersWithoutAuth(req),
      authorized: authHeader !== undefined,
      body,
      files,
      receivedAt: Date.now(),
    });

    // A webhook call for an interaction delivered over HTTP waits until its response is applied.
    const delivery = deps.world.httpDeliveries.get(call.params['token'] ?? '');
    if (delivery) await delivery;

    const held = deps.faults.takeHold(call);
    if (held) await untilAborted(held, deps.signal);
    const delay = deps.faults.takeDelay(call);
    if (delay > 0) await sleep(delay, undefined, { signal: deps.signal }).catch(() => undefined);
    if (deps.signal.aborted) return void res.destroy();

    const badToken =
      deps.token !== undefined && !TOKEN_AUTHENTICATED.test(path) && authHeader !== `Bot ${deps.token}`;
    const echoes: MessageEcho[] = [];
    let response = deps.faults.takeResponse(call);
    if (!response && badToken) response = discordError(401, 0, '401: Unauthorized');
    if (!response)
      response = match ? runRoute(deps, match, call, echoes) : discordError(404, 0, '404: Not Found');
    call.response = { status: response.status, body: response.body };
    send(res, response);
    // Discord also tells the gateway about message changes made over REST; do it right after answering.
    for (const echo of echoes) setImmediate(() => deps.echo(echo));
  };
}

/** Waits for `released`, or until the server closes. */
function untilAborted(released: Promise<void>, signal: AbortSignal): Promise<void> {
  if (signal.aborted) return Promise.resolve();
  return new Promise((resolve) => {
    const done = (): void => {
      signal.removeEventListener('abort', done);
      resolve();
    };
    signal.addEventListener('abort', done);
    void released.then(done);
  });
}
