import { createPublicKey, verify, type KeyObject } from 'node:crypto';

/** How far a request's timestamp may be from now, either way: older ones are replays. */
export const TIMESTAMP_WINDOW_S = 5 * 60;

// An Ed25519 SubjectPublicKeyInfo is this fixed DER header followed by the raw 32-byte key, which
// is what the Developer Portal shows (as hex); node:crypto imports keys only in SPKI (or JWK) form.
const ED25519_SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');

/** Discord's signature headers once their shapes have been checked. */
export interface SignatureHeaders {
  /** The 64-byte Ed25519 signature. */
  readonly signature: Buffer;
  /** `X-Signature-Timestamp` as sent (it is signed as text). */
  readonly timestamp: string;
}

/** The application's public key (64 hex characters) as a key node:crypto verifies with. */
export function publicKeyFromHex(hex: string): KeyObject {
  if (!/^[0-9a-fA-F]{64}$/.test(hex)) throw new Error('An Ed25519 public key is 64 hex characters');
  return createPublicKey({
    key: Buffer.concat([ED25519_SPKI_PREFIX, Buffer.from(hex, 'hex')]),
    format: 'der',
    type: 'spki',
  });
}

/**
 * Reads `X-Signature-Ed25519` (128 hex characters) and `X-Signature-Timestamp` (Unix seconds);
 * null when either is missing, repeated or malformed, so nothing malformed reaches the verifier.
 */
export function readSignatureHeaders(
  signature: string | string[] | undefined,
  timestamp: string | string[] | undefined,
): SignatureHeaders | null {
  if (typeof signature !== 'string' || typeof timestamp !== 'string') return null;
  if (!/^[0-9a-fA-F]{128}$/.test(signature) || !/^\d{1,12}$/.test(timestamp)) return null;
  return { signature: Buffer.from(signature, 'hex'), timestamp };
}

/** Whether the timestamp is within TIMESTAMP_WINDOW_S of `nowMs`. */
export function isFresh(timestamp: string, nowMs: number): boolean {
  return Math.abs(nowMs / 1000 - Number(timestamp)) <= TIMESTAMP_WINDOW_S;
}

/**
 * Whether Discord signed `timestamp + body` with the key. Every well-formed request costs one full
 * verification whatever its signature holds, so timing says nothing about how close a forgery came.
 */
export function verifySignature(key: KeyObject, headers: SignatureHeaders, body: Buffer): boolean {
  return verify(null, signedMessage(headers, body), key, headers.signature);
}

/**
 * The same check on libuv's thread pool. Ed25519 is about half of an /ask's CPU in the endpoint
 * (80 of some 170 µs, profiled under bench:e2e's bursts); under load, verifying off the event loop
 * lets it run on another core beside the answering of other requests.
 */
export function verifySignatureOffThread(
  key: KeyObject,
  headers: SignatureHeaders,
  body: Buffer,
): Promise<boolean> {
  return new Promise((resolve) => {
    verify(null, signedMessage(headers, body), key, headers.signature, (error, valid) =>
      resolve(error === null && valid),
    );
  });
}

/**
 * At most this many checks wait for the thread pool; past it, the event loop checks. Well above the
 * connections a load balancer or Discord keeps open (so a burst is checked off the loop), and a
 * bound on what a flood can hold in memory meanwhile: 256 bodies of at most 64 KiB.
 */
export const MAX_OFF_THREAD = 256;

/** Checks a request's signature, on the event loop or off it, whichever serves the moment. */
export type SignatureCheck = (headers: SignatureHeaders, body: Buffer) => boolean | Promise<boolean>;

/**
 * The endpoint's check: on the event loop while it is at ease (the hop to the pool would only add
 * latency), on the thread pool while it is busy, beside the answering of other requests. The pool's
 * queue is bounded: past MAX_OFF_THREAD waiting checks the loop checks again itself, which also
 * stops it reading more requests meanwhile.
 */
export function createSignatureCheck(key: KeyObject, loopBusy: () => boolean): SignatureCheck {
  let offThread = 0;
  const settled = (): void => {
    offThread -= 1;
  };
  return (headers, body) => {
    if (!loopBusy() || offThread >= MAX_OFF_THREAD) return verifySignature(key, headers, body);
    offThread += 1;
    return verifySignatureOffThread(key, headers, body).finally(settled);
  };
}

function signedMessage(headers: SignatureHeaders, body: Buffer): Buffer {
  return Buffer.concat([Buffer.from(headers.timestamp, 'ascii'), body]);
}
