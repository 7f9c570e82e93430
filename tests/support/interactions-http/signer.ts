/** An Ed25519 key pair made in the test, signing requests the way Discord signs interactions. */
import { generateKeyPairSync, sign, type KeyObject } from 'node:crypto';

/** Signs `timestamp + body` with a private key only this test holds. */
export interface InteractionSigner {
  /** The public key as the Developer Portal shows it: 64 hex characters (DISCORD_PUBLIC_KEY). */
  readonly publicKeyHex: string;
  /** The `X-Signature-Ed25519` value (128 hex characters) for this timestamp and body. */
  sign(timestamp: string, body: string | Buffer): string;
  /** Both signature headers for a body, timestamped `at` (ms since the epoch, default now). */
  headers(body: string | Buffer, at?: number): Record<string, string>;
}

/** A fresh key pair. */
export function createSigner(): InteractionSigner {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  return signerFor(publicKey, privateKey);
}

function signerFor(publicKey: KeyObject, privateKey: KeyObject): InteractionSigner {
  // The raw key is the last 32 bytes of its SPKI DER encoding.
  const publicKeyHex = publicKey.export({ format: 'der', type: 'spki' }).subarray(-32).toString('hex');
  const signer: InteractionSigner = {
    publicKeyHex,
    sign(timestamp, body) {
      const message = Buffer.concat([
        Buffer.from(timestamp),
        Buffer.isBuffer(body) ? body : Buffer.from(body),
      ]);
      return sign(null, message, privateKey).toString('hex');
    },
    headers(body, at = Date.now()) {
      const timestamp = String(Math.floor(at / 1000));
      return { 'x-signature-ed25519': signer.sign(timestamp, body), 'x-signature-timestamp': timestamp };
    },
  };
  return signer;
}
