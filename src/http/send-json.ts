import type { ServerResponse } from 'node:http';

/**
 * Writes a JSON body (already serialised, as text or UTF-8 bytes, or a value to serialise) with its
 * length; once only.
 */
export function sendJson(
  res: ServerResponse,
  status: number,
  body: string | Buffer | object,
  headers: Readonly<Record<string, string>> = {},
): void {
  if (res.headersSent || res.destroyed) return;
  const json = typeof body === 'string' || Buffer.isBuffer(body) ? body : JSON.stringify(body);
  res.writeHead(status, {
    ...headers,
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(json),
  });
  res.end(json);
}

/**
 * A refusal: a short JSON error, and the connection closed after it. Whoever sent it is not
 * Discord (or sent something broken), so its connection is not worth keeping, and an unread body
 * (a 413, a 401 refused before reading) is not drained.
 */
export function refuse(
  res: ServerResponse,
  status: number,
  error: string,
  headers: Readonly<Record<string, string>> = {},
): void {
  sendJson(res, status, { error }, { ...headers, connection: 'close' });
}
