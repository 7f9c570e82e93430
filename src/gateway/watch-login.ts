import { Events, RESTEvents, type Client } from 'discord.js';
import type { Logger } from '../logging/logger.js';
import { FatalGatewayError } from './fatal-gateway-error.js';

/** 429s on the gateway lookup before start-up gives up (discord.js would wait and retry for ever). */
export const MAX_GATEWAY_RATE_LIMITS = 3;
/**
 * More time per extra in-process shard beyond the start-up deadline (STARTUP_TIMEOUT_SECONDS): each
 * IDENTIFY waits about 5 s for the previous one.
 */
export const STARTUP_TIMEOUT_PER_SHARD_MS = 7_000;

/** Watches a login for what discord.js does not report: a rate-limited lookup, a malformed READY. */
export interface LoginWatch {
  /** Rejects with a FatalGatewayError as soon as start-up cannot succeed; never resolves. */
  readonly failure: Promise<never>;
  /** The error `failure` rejected with, if it has. */
  readonly error: FatalGatewayError | undefined;
  /** Stops watching (once ready, or once start-up has failed). */
  stop(): void;
}

/**
 * Starts watching `client` before `client.login()`. Start-up (login, every shard's READY, every guild)
 * fails after `timeoutMs` (STARTUP_TIMEOUT_SECONDS, 45 s by default) plus the per-shard allowance: a
 * healthy start takes seconds, and discord.js stops waiting for guilds after 15 s. Without a deadline,
 * a READY discord.js chokes on (no guilds) has it retry the handshake for ever.
 */
export function watchLogin(client: Client, logger: Logger, timeoutMs: number): LoginWatch {
  let fail: (error: FatalGatewayError) => void = () => undefined;
  let error: FatalGatewayError | undefined;
  const failure = new Promise<never>((_, reject) => {
    fail = (e) => {
      error ??= e;
      reject(error);
    };
  });
  // Nobody may be awaiting it when it rejects (start-up already failed another way).
  failure.catch(() => undefined);

  let rateLimits = 0;
  // Listening to responses makes discord.js clone each one, so this runs during start-up only.
  const onResponse = (
    request: { method: string; route: string },
    response: { status: number; headers: Headers },
  ) => {
    if (response.status !== 429 || request.route !== '/gateway/bot') return;
    rateLimits += 1;
    const retryAfterMs = Number(response.headers.get('retry-after') ?? 0) * 1000;
    logger.warn(
      { event: 'rate-limited', route: 'GET /gateway/bot', retryAfterMs, attempt: rateLimits },
      'Discord rate-limited the gateway lookup; discord.js waits and retries',
    );
    if (rateLimits >= MAX_GATEWAY_RATE_LIMITS) {
      fail(
        new FatalGatewayError(
          `Discord rate-limited the gateway lookup (GET /gateway/bot answered 429 ${rateLimits} times): too many logins lately? Try again later`,
          null,
        ),
      );
    }
  };
  const startedAt = Date.now();
  const checkDeadline = () => {
    // discord.js knows how many shards this process runs only once it has asked Discord.
    const allowed = timeoutMs + STARTUP_TIMEOUT_PER_SHARD_MS * Math.max(0, client.ws.shards.size - 1);
    const left = startedAt + allowed - Date.now();
    if (left > 0) {
      deadline = setTimeout(checkDeadline, left);
      return;
    }
    fail(
      new FatalGatewayError(
        `Discord did not complete the handshake: not ready within ${Math.round(allowed / 1000)} s (a malformed READY, or a stalled connection)`,
        null,
      ),
    );
  };
  let deadline = setTimeout(checkDeadline, timeoutMs);
  // Raw is emitted before discord.js handles the packet, so this names the fault before its TypeError.
  const onRaw = (packet: { t?: unknown; d?: unknown }) => {
    if (packet.t !== 'READY') return;
    const missing = missingReadyField(packet.d);
    if (missing !== undefined) {
      fail(new FatalGatewayError(`Discord's READY had no ${missing}: cannot start without it`, null));
    }
  };
  client.rest.on(RESTEvents.Response, onResponse);
  client.on(Events.Raw, onRaw);
  return {
    failure,
    get error() {
      return error;
    },
    stop() {
      clearTimeout(deadline);
      client.rest.off(RESTEvents.Response, onResponse);
      client.off(Events.Raw, onRaw);
    },
  };
}

function missingReadyField(d: unknown): 'user' | 'guilds' | undefined {
  if (typeof d !== 'object' || d === null) return 'user';
  if (!('user' in d) || typeof d.user !== 'object' || d.user === null) return 'user';
  if (!('guilds' in d) || !Array.isArray(d.guilds)) return 'guilds';
  return undefined;
}
