/** Public record and option types of the fake Discord server. */
import type { GatewayOpcodes } from 'discord-api-types/v10';

/** A file part of a multipart/form-data request (contents are not kept, only metadata). */
export interface RecordedFile {
  field: string;
  filename: string;
  contentType: string;
  size: number;
}

/** One REST request the bot made. The Authorization header is never stored. */
export interface RecordedRestCall {
  /** Position in the REST log (0-based). */
  index: number;
  method: string;
  /** Percent-decoded path below the version prefix, e.g. `/webhooks/1/tok/messages/@original` (no query). */
  path: string;
  /** Matched route template, e.g. `POST /channels/:channelId/messages`, or `UNKNOWN`. */
  route: string;
  params: Record<string, string>;
  query: Record<string, string>;
  /** Lower-cased request headers without `authorization`. */
  headers: Record<string, string>;
  /** Whether the request carried an Authorization header (its value is discarded). */
  authorized: boolean;
  /** Parsed JSON body, or the parsed `payload_json` part of a multipart body; undefined if empty. */
  body: unknown;
  files: RecordedFile[];
  receivedAt: number;
  /** Filled in when the fake answers (a few ms later if a delay fault applies). */
  response?: { status: number; body: unknown };
}

export type FrameDirection = 'toBot' | 'fromBot';

/** One gateway frame. Tokens inside IDENTIFY/RESUME are replaced with `[redacted]`. */
export interface RecordedFrame {
  index: number;
  connectionId: number;
  direction: FrameDirection;
  op: GatewayOpcodes;
  t: string | null;
  s: number | null;
  d: unknown;
  at: number;
}

export type LifecycleType = 'connected' | 'identified' | 'ready' | 'resumed' | 'invalidated' | 'closed';

/** Gateway connection/session milestones, in order. `ready` = READY and every GUILD_CREATE were sent. */
export interface LifecycleEvent {
  index: number;
  type: LifecycleType;
  connectionId: number;
  sessionId?: string;
  /** [shard id, shard count] of the session. */
  shard?: [number, number];
  /** Close code for `closed`; who closed is in `by`. */
  code?: number;
  by?: 'bot' | 'fake';
  /** Query string of the websocket URL for `connected` (v, encoding, compress). */
  query?: Record<string, string>;
  at: number;
}

/** A cursor into every log; pass it as `after` to only consider newer records. */
export interface Mark {
  rest: number;
  gateway: number;
  lifecycle: number;
}

export interface WaitOptions {
  /** Default 5000 ms. */
  timeoutMs?: number;
  /** Only match records made after this mark (default: match everything recorded so far, too). */
  after?: Mark;
}

/** Matches REST calls: a route template (`POST /channels/:channelId/messages`), a RegExp tested
 * against `"METHOD /path"`, or a predicate. */
export type RestMatcher = string | RegExp | ((call: RecordedRestCall) => boolean);

export interface InteractionRef {
  id: string;
  token: string;
}
