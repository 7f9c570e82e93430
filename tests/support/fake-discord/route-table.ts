/** Minimal REST router: `GET /channels/:channelId` templates, most-literal match wins. */
import type { APIMessage } from 'discord-api-types/v10';
import type { JsonObject } from './json-fields.js';
import type { MessageEchoKind } from './message-echo.js';
import type { RecordedRestCall } from './types.js';
import type { World } from './world.js';

export interface RouteRequest {
  call: RecordedRestCall;
  params: Record<string, string>;
  /** The body as an object ({} if absent or not an object). */
  body: JsonObject;
  world: World;
  /** ws:// URL of the fake gateway. */
  gatewayUrl: string;
  /** After the response, tell the bot's gateway about this message change (as Discord does). */
  echo: (kind: MessageEchoKind, message: APIMessage) => void;
}

export interface RouteResponse {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export interface Route {
  /** `METHOD /template`, also recorded as `call.route`. */
  label: string;
  method: string;
  segments: string[];
  handler: (req: RouteRequest) => RouteResponse;
}

export function route(label: string, handler: Route['handler']): Route {
  const [method = '', template = ''] = label.split(' ');
  return { label, method, segments: template.split('/').filter(Boolean), handler };
}

export function matchRoute(
  routes: readonly Route[],
  method: string,
  path: string,
): { route: Route; params: Record<string, string> } | null {
  const parts = path.split('/').filter(Boolean).map(safeDecode);
  let best: { route: Route; params: Record<string, string>; literals: number } | null = null;
  for (const candidate of routes) {
    if (candidate.method !== method || candidate.segments.length !== parts.length) continue;
    const params: Record<string, string> = {};
    let literals = 0;
    const ok = candidate.segments.every((segment, i) => {
      const part = parts[i] ?? '';
      if (segment.startsWith(':')) {
        params[segment.slice(1)] = part;
        return true;
      }
      literals++;
      return segment === part;
    });
    if (ok && (!best || literals > best.literals)) best = { route: candidate, params, literals };
  }
  return best && { route: best.route, params: best.params };
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** Percent-decodes each path segment (discord.js sends `@original` as `%40original`). */
export function decodePath(path: string): string {
  return path.split('/').map(safeDecode).join('/');
}

export const json = (body: unknown, status = 200): RouteResponse => ({ status, body });
export const noContent = (): RouteResponse => ({ status: 204 });

/** A Discord-style JSON error, e.g. `discordError(404, 10003, 'Unknown Channel')`. */
export function discordError(status: number, code: number, message: string): RouteResponse {
  return { status, body: { message, code } };
}
