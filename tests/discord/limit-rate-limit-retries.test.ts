import { SnowflakeUtil, type RateLimitData } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { createRateLimitRetries } from '../../src/bot/limit-rate-limit-retries.js';

const API = 'https://discord.com/api/v10';

function rateLimit(url: string, retryAfter: number, timeToReset = retryAfter): RateLimitData {
  return {
    global: false,
    method: 'POST',
    url: `${API}${url}`,
    route: '/route',
    majorParameter: 'x',
    hash: 'h',
    limit: 5,
    timeToReset,
    retryAfter,
    sublimitTimeout: 0,
    scope: 'user',
  };
}

/** A clock and sleep moved by hand: sleeping advances the clock. */
function manualTime(start = 1_800_000_000_000) {
  let now = start;
  const slept: number[] = [];
  return {
    now: () => now,
    advance: (ms: number) => void (now += ms),
    sleep: (ms: number) => {
      slept.push(ms);
      now += ms;
      return Promise.resolve();
    },
    slept,
  };
}

describe('createRateLimitRetries', () => {
  it('retries a 429 without Retry-After 3 times, waiting 250, 500 and 1000 ms, then gives up', async () => {
    const time = manualTime();
    const { reject } = createRateLimitRetries(time);
    const bare = rateLimit('/channels/1/messages', 0, 50);
    expect([await reject(bare), await reject(bare), await reject(bare), await reject(bare)]).toEqual([
      false,
      false,
      false,
      true,
    ]);
    expect(time.slept).toEqual([250, 500, 1000]);
    // A query string does not make it another request; another URL has its own retries.
    expect(await reject(rateLimit('/channels/1/messages?wait=true', 0))).toBe(true);
    expect(await reject(rateLimit('/channels/2/messages', 0))).toBe(false);
  });

  it('waits only what Retry-After leaves of the backoff, and gives up on waits over 10 s', async () => {
    const time = manualTime();
    const { reject } = createRateLimitRetries(time);
    expect(await reject(rateLimit('/channels/1/messages', 1050))).toBe(false);
    expect(await reject(rateLimit('/channels/1/messages', 100))).toBe(false);
    expect(time.slept).toEqual([400]); // 500 ms backoff, 100 ms of it waited by discord.js
    expect(await reject(rateLimit('/channels/2/messages', 60_000))).toBe(true);
  });

  it('does not retry an interaction callback whose wait would end after its 3 s window', async () => {
    const time = manualTime();
    const { reject } = createRateLimitRetries(time);
    const id = SnowflakeUtil.generate({ timestamp: time.now() }).toString();
    const callback = rateLimit(`/interactions/${id}/tok/callback?with_response=true`, 1050);
    expect(await reject(callback)).toBe(false); // ends at 1.05 s
    time.advance(1050);
    expect(await reject(callback)).toBe(false); // ends at 2.1 s
    time.advance(1050);
    expect(await reject(callback)).toBe(true); // would end at 3.15 s: Discord would refuse it
  });

  it('lets discord.js queue for limits it already knows (not 429s), uncounted', async () => {
    const time = manualTime();
    const { reject, noteWait } = createRateLimitRetries(time);
    for (let i = 0; i < 10; i++) {
      const wait = rateLimit('/channels/1/messages', 900);
      noteWait(wait);
      expect(await reject(wait)).toBe(false);
    }
    expect(time.slept).toEqual([]);
    expect(await reject(rateLimit('/channels/1/messages', 0))).toBe(false);
    // Except a callback that would still be waiting after its window.
    const id = SnowflakeUtil.generate({ timestamp: time.now() - 2500 }).toString();
    const late = rateLimit(`/interactions/${id}/tok/callback`, 900);
    noteWait(late);
    expect(await reject(late)).toBe(true);
  });
});
