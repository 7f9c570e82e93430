/**
 * Both ways the endpoint checks a signature (on the event loop, and on the thread pool while the loop
 * is busy) give the same verdicts, and the busy signal follows the loop's real load.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import {
  MAX_OFF_THREAD,
  createSignatureCheck,
  publicKeyFromHex,
  readSignatureHeaders,
  verifySignature,
  verifySignatureOffThread,
} from '../../src/http/verify-signature.js';
import { type EventLoopWatch, watchEventLoop } from '../../src/http/watch-event-loop.js';
import { createSigner } from '../support/interactions-http/signer.js';

const signer = createSigner();
const key = publicKeyFromHex(signer.publicKeyHex);
const body = Buffer.from('{"type":1}');

function headersFor(signedBody: Buffer, by = signer) {
  const h = by.headers(signedBody);
  const headers = readSignatureHeaders(h['x-signature-ed25519'], h['x-signature-timestamp']);
  if (headers === null) throw new Error('the signer made malformed headers');
  return headers;
}

describe('signature checks, on and off the event loop', () => {
  it('accept the signed body and refuse another body or another key, alike', async () => {
    const cases = [
      { headers: headersFor(body), expected: true },
      { headers: headersFor(Buffer.from('{"type":2}')), expected: false },
      { headers: headersFor(body, createSigner()), expected: false },
    ];
    for (const { headers, expected } of cases) {
      expect(verifySignature(key, headers, body)).toBe(expected);
      await expect(verifySignatureOffThread(key, headers, body)).resolves.toBe(expected);
    }
  });
});

describe("the endpoint's signature check", () => {
  it('checks on the event loop at ease, on the pool while busy, and on the loop again past MAX_OFF_THREAD waiting', async () => {
    let busy = false;
    const check = createSignatureCheck(key, () => busy);
    const headers = headersFor(body);
    expect(check(headers, body)).toBe(true);
    busy = true;
    const verdicts = Array.from({ length: MAX_OFF_THREAD }, () => check(headers, body));
    const waiting = verdicts.filter((verdict) => verdict instanceof Promise);
    expect(waiting).toHaveLength(MAX_OFF_THREAD);
    // The pool's queue is full: this one is checked at once, on the loop.
    expect(check(headersFor(Buffer.from('{"type":2}')), body)).toBe(false);
    await expect(Promise.all(waiting)).resolves.toEqual(Array(MAX_OFF_THREAD).fill(true));
    // Settled checks free their places.
    expect(check(headers, body)).toBeInstanceOf(Promise);
  });
});

/**
 * Whether the watch reports the loop at ease within two seconds of waiting. On a loaded machine other
 * work in this worker may keep one sample busy, so the loop is given several samples of idle time.
 */
async function atEaseWithin(watch: EventLoopWatch): Promise<boolean> {
  for (let tries = 0; tries < 40; tries += 1) {
    await sleep(50);
    if (!watch.busy()) return true;
  }
  return false;
}

describe('watchEventLoop', () => {
  it('reports busy after the loop was kept running, and at ease once it waits again', async () => {
    const watch = watchEventLoop();
    expect(await atEaseWithin(watch)).toBe(true);
    const until = performance.now() + 80;
    while (performance.now() < until);
    expect(watch.busy()).toBe(true);
    // Asked again within a sample, the answer stands.
    expect(watch.busy()).toBe(true);
    expect(await atEaseWithin(watch)).toBe(true);
  });
});
