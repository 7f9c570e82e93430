/** Queued REST fault rules: rate limits, server errors, custom responses and delays for the next N calls. */
import type { RouteResponse } from './route-table.js';
import type { RecordedRestCall, RestMatcher } from './types.js';

interface Rule {
  matcher: RestMatcher;
  remaining: number;
}
interface ResponseRule extends Rule {
  response: () => RouteResponse;
}
interface DelayRule extends Rule {
  ms: number;
}
interface HoldRule extends Rule {
  released: Promise<void>;
}

/** Calls held by `hold` until the test lets them go. */
export interface HeldCalls {
  release(): void;
}

export interface RateLimitOptions {
  /** How many matching calls get a 429 (default 1). */
  times?: number;
  /** Retry-After in milliseconds (default 100). Sent in seconds, as Discord does. */
  retryAfterMs?: number;
  global?: boolean;
  /** Sent as `x-ratelimit-scope` (default `user`). */
  scope?: 'user' | 'global' | 'shared';
}

export function matches(matcher: RestMatcher, call: RecordedRestCall): boolean {
  if (typeof matcher === 'function') return matcher(call);
  if (typeof matcher === 'string') return matcher === call.route || matcher === `${call.method} ${call.path}`;
  return matcher.test(`${call.method} ${call.path}`);
}

export function rateLimitResponse(options: RateLimitOptions): RouteResponse {
  const seconds = (options.retryAfterMs ?? 100) / 1000;
  const global = options.global ?? false;
  const headers: Record<string, string> = {
    'retry-after': String(seconds),
    'x-ratelimit-limit': '5',
    'x-ratelimit-remaining': '0',
    'x-ratelimit-reset': String(Date.now() / 1000 + seconds),
    'x-ratelimit-reset-after': String(seconds),
    'x-ratelimit-bucket': 'fakebucket',
    'x-ratelimit-scope': options.scope ?? (global ? 'global' : 'user'),
  };
  if (global) headers['x-ratelimit-global'] = 'true';
  return {
    status: 429,
    headers,
    body: { message: 'You are being rate limited.', retry_after: seconds, global },
  };
}

export class RestFaults {
  readonly #responses: ResponseRule[] = [];
  readonly #delays: DelayRule[] = [];
  readonly #holds: HoldRule[] = [];

  /** The next `times` matching calls get this response instead of the normal one. */
  respond(matcher: RestMatcher, response: RouteResponse | (() => RouteResponse), times = 1): void {
    this.#responses.push({
      matcher,
      remaining: times,
      response: typeof response === 'function' ? response : () => response,
    });
  }

  rateLimit(matcher: RestMatcher, options: RateLimitOptions = {}): void {
    this.respond(matcher, () => rateLimitResponse(options), options.times ?? 1);
  }

  serverError(matcher: RestMatcher, options: { times?: number; status?: number } = {}): void {
    const status = options.status ?? 500;
    this.respond(
      matcher,
      { status, body: { message: `${status}: Internal Server Error`, code: 0 } },
      options.times ?? 1,
    );
  }

  /** Holds the next `times` matching calls for `ms` before answering (default once). */
  delay(matcher: RestMatcher, ms: number, times = 1): void {
    this.#delays.push({ matcher, remaining: times, ms });
  }

  /**
   * Holds the next `times` matching calls unanswered until `release()` (or the server closes): for a
   * test that needs calls still in flight at a moment it chooses, whatever the machine's load.
   */
  hold(matcher: RestMatcher, times = 1): HeldCalls {
    let release = (): void => undefined;
    const released = new Promise<void>((resolve) => (release = resolve));
    this.#holds.push({ matcher, remaining: times, released });
    return { release };
  }

  clear(): void {
    this.#responses.length = 0;
    this.#delays.length = 0;
    this.#holds.length = 0;
  }

  takeDelay(call: RecordedRestCall): number {
    return take(this.#delays, call)?.ms ?? 0;
  }

  /** The release a held call waits for, if a `hold` rule takes it. */
  takeHold(call: RecordedRestCall): Promise<void> | undefined {
    return take(this.#holds, call)?.released;
  }

  takeResponse(call: RecordedRestCall): RouteResponse | null {
    return take(this.#responses, call)?.response() ?? null;
  }
}

function take<R extends Rule>(rules: R[], call: RecordedRestCall): R | undefined {
  const rule = rules.find((r) => r.remaining > 0 && matches(r.matcher, call));
  if (rule) rule.remaining--;
  return rule;
}
