import type { IncomingMessage } from 'node:http';

/** The largest interaction body accepted; Discord's are a few KB (a resolved message can add some). */
export const MAX_BODY_BYTES = 64 * 1024;

/** A request body, or why it was not read whole. */
export type BodyResult =
  | { readonly ok: true; readonly body: Buffer }
  | { readonly ok: false; readonly reason: 'too-large' | 'aborted' };

/**
 * Reads a request body of at most `limit` bytes. A larger Content-Length is refused before a byte
 * is read, and a body that grows past the limit is refused as soon as it does, so nobody can make
 * the process buffer more than `limit`.
 */
export function readBody(req: IncomingMessage, limit = MAX_BODY_BYTES): Promise<BodyResult> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > limit) {
    req.resume();
    return Promise.resolve({ ok: false, reason: 'too-large' });
  }
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const finish = (result: BodyResult): void => {
      req.off('data', onData).off('end', onEnd).off('error', onAbort).off('aborted', onAbort);
      resolve(result);
    };
    const onData = (chunk: Buffer): void => {
      size += chunk.length;
      if (size > limit) {
        finish({ ok: false, reason: 'too-large' });
        // Discard the rest (nothing more is kept) so the client reads our 413 rather than a reset;
        // the connection closes after it, and requestTimeout bounds a body that never ends.
        req.resume();
      } else chunks.push(chunk);
    };
    const onEnd = (): void => finish({ ok: true, body: Buffer.concat(chunks, size) });
    const onAbort = (): void => finish({ ok: false, reason: 'aborted' });
    req.on('data', onData).on('end', onEnd).on('error', onAbort).on('aborted', onAbort);
  });
}
