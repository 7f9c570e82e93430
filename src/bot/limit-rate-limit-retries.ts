import { SnowflakeUtil, type RateLimitData } from 'discord.js';
import { ExpiringMap, type Clock } from './abuse/expiring-map.js';

/** How the bot retries after a 429. */
export const RATE_LIMIT_RETRIES = {
  /** Retries per method and URL (no query) within `memoryMs`; then the request fails. */
  maxRetries: 3,
  /** Wait before retry n when Discord gives less (or no Retry-After): 250, 500, 1000 ms. */
  backoffMs: 250,
  /** A longer wait fails the request: nobody is waiting that long for an answer. */
  maxWaitMs: 10_000,
  memoryMs: 30_000,
  /** Discord accepts an interaction's first response for 3 s after it was created. */
  replyWindowMs: 3000,
} as const;

const CALLBACK_URL = /\/interactions\/(\d+)\/[^/]+\/callback(?:[?#]|$)/;

/** The rate-limit decision for @discordjs/rest: true rejects the request with a RateLimitError. */
export interface RateLimitRetries {
  /** `rest.rejectOnRateLimit`: called for every 429 and every wait for a known limit. */
  readonly reject: (data: RateLimitData) => Promise<boolean>;
  /** Listener for the REST `rateLimited` event, which marks waits that are not 429s. */
  readonly noteWait: (data: RateLimitData) => void;
}

/**
 * discord.js retries every 429 without counting it: after `Retry-After` seconds, or at once when
 * the header is missing (thousands of requests a second), and an interaction callback long after
 * the interaction expired. Here each 429 is retried at most 3 times, with a growing wait, and a
 * callback is not retried when the wait would end after the interaction's 3 s window.
 */
export function createRateLimitRetries(
  options: { readonly now?: Clock; readonly sleep?: (ms: number) => Promise<void> } = {},
): RateLimitRetries {
  const now = options.now ?? Date.now;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const { maxRetries, backoffMs, maxWaitMs, memoryMs, replyWindowMs } = RATE_LIMIT_RETRIES;
  const retries = new ExpiringMap<string, number>(memoryMs, 10_000, now);
  // The same object is emitted as `rateLimited` and then passed to `reject`, for waits on a limit
  // discord.js already knows (a bucket or the global 50/s): those are queueing, not failures.
  const waits = new WeakSet<RateLimitData>();

  const tooLate = (url: string, waitMs: number) => {
    const id = CALLBACK_URL.exec(url)?.[1];
    return id !== undefined && now() + waitMs > SnowflakeUtil.timestampFrom(id) + replyWindowMs;
  };

  return {
    noteWait: (data) => void waits.add(data),
    reject: async (data) => {
      if (waits.has(data)) return tooLate(data.url, data.timeToReset);
      // Without the query: an interaction's answer and its error note are one callback.
      const key = `${data.method} ${data.url.split('?')[0] ?? ''}`;
      const retry = (retries.get(key) ?? 0) + 1;
      retries.set(key, retry);
      if (retry > maxRetries) return true;
      const backoff = backoffMs * 2 ** (retry - 1);
      const wait = Math.max(data.retryAfter, data.timeToReset, backoff);
      if (wait > maxWaitMs || tooLate(data.url, wait)) return true;
      // discord.js then waits Retry-After itself; top it up to the backoff.
      const extra = backoff - Math.max(data.retryAfter, 0);
      if (extra > 0) await sleep(extra);
      return false;
    },
  };
}
