/**
 * Endless 429s: a few retries with backoff, never a storm, and no interaction callback sent after
 * the interaction's 3 s window (it could only fail with 10062 Unknown interaction).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { snowflakeTime, type RouteResponse } from '../support/fake-discord/index.js';
import { startHarness, stopHarness, type Harness } from './support/bot-harness.js';
import { ROUTES } from './support/payloads.js';

const REPLY_WINDOW_MS = 3000;
// As some proxies send it: a 429 with no Retry-After and no rate-limit headers.
const BARE_429: RouteResponse = {
  status: 429,
  body: { message: 'You are being rate limited.', global: false },
};

let h: Harness | undefined;

afterEach(async () => {
  await stopHarness(h);
  h = undefined;
});

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Milliseconds between consecutive calls. */
function gaps(times: readonly number[]): number[] {
  return times.slice(1).map((t, i) => t - (times[i] ?? t));
}

describe('rate limits that do not end', () => {
  it('429 without Retry-After on an /ask reply: a few retries with growing gaps, within 3 s', async () => {
    h = await startHarness();
    h.fake.faults.rest.respond(ROUTES.callback, BARE_429, 100_000);
    const payload = h.fake.build.chatInput({ name: 'ask', options: { question: 'What is a hyperscaler?' } });
    h.fake.dispatchInteraction(payload);
    await pause(4000);
    const attempts = h.fake.interactionCalls(payload).map((c) => c.receivedAt);
    expect(attempts.length, 'callback attempts').toBeGreaterThan(1);
    expect(attempts.length, 'callback attempts').toBeLessThanOrEqual(6);
    const deadline = snowflakeTime(payload.id) + REPLY_WINDOW_MS;
    expect(
      attempts.filter((t) => t > deadline),
      'attempts after the reply window',
    ).toEqual([]);
    // Backoff: the first retry waits, and the answer's retries wait longer each time.
    expect(gaps(attempts)[0] ?? 0).toBeGreaterThanOrEqual(100);
  });

  it('429 with Retry-After: 1 on an /ask reply: no retry once the 3 s window has passed', async () => {
    h = await startHarness();
    h.fake.faults.rest.rateLimit(ROUTES.callback, { retryAfterMs: 1000, times: 100_000 });
    const payload = h.fake.build.chatInput({ name: 'ask', options: { question: 'What is a hyperscaler?' } });
    h.fake.dispatchInteraction(payload);
    await pause(5000);
    const attempts = h.fake.interactionCalls(payload).map((c) => c.receivedAt);
    expect(attempts.length, 'callback attempts').toBeGreaterThan(1);
    const deadline = snowflakeTime(payload.id) + REPLY_WINDOW_MS;
    expect(
      attempts.filter((t) => t > deadline),
      'attempts after the reply window',
    ).toEqual([]);
  });

  it('429 without Retry-After on a mention reply: a bounded number of posts, not 50 a second', async () => {
    h = await startHarness();
    h.fake.faults.rest.respond(ROUTES.createMessage, BARE_429, 100_000);
    h.fake.dispatchMessage({ content: 'what is a hyperscaler?', mentionBot: true });
    await pause(4000);
    const posts = h.fake.restCalls(ROUTES.createMessage);
    expect(posts.length, 'channel posts').toBeGreaterThan(1);
    expect(posts.length, 'channel posts').toBeLessThanOrEqual(6);
    // The bot gave up and said so in its log, and keeps running.
    expect(h.logs.find({ msg: 'Message handler failed' })).not.toEqual([]);
  });
});
