import type { APIEmbed, APIInteractionResponse } from 'discord-api-types/v10';

// A cached answer is sent to everyone who asks it, and its embeds (about 3 KB of JSON) are the bulk
// of every response: they are serialised and UTF-8 encoded once, when the answer is cached, not once
// per reply. Held as bytes outside the JS heap: a response is then one copy of them, where a string
// built around them had to be flattened (a two-byte copy: the article's quotes and dashes are not
// Latin-1) and encoded again on every write.
const embedsUtf8 = new WeakMap<readonly APIEmbed[], Buffer>();

/**
 * Freezes rendered embeds, which every reply of a cached answer shares, and remembers their JSON
 * for encodeResponse. Frozen, so the remembered JSON can never go stale.
 */
export function shareEmbeds(embeds: APIEmbed[]): readonly APIEmbed[] {
  freezeDeep(embeds);
  embedsUtf8.set(embeds, Buffer.from(JSON.stringify(embeds)));
  return embeds;
}

/**
 * Embeds for a message: a cached answer's shared embeds themselves (the responders find their JSON
 * by identity), anything else copied. Discord's types have no readonly arrays; the shared ones are
 * frozen, so a write would throw rather than change every reply.
 */
export function reuseEmbeds(embeds: readonly APIEmbed[]): APIEmbed[] {
  return embedsUtf8.has(embeds) ? (embeds as APIEmbed[]) : [...embeds];
}

/**
 * The UTF-8 JSON body of an interaction response: the bytes of JSON.stringify(response), with the
 * shared embeds' bytes copied in instead of serialised again.
 */
export function encodeResponse(response: APIInteractionResponse): Buffer {
  const data = 'data' in response ? response.data : undefined;
  const embeds = data !== undefined && 'embeds' in data ? data.embeds : undefined;
  const shared = Array.isArray(embeds) ? embedsUtf8.get(embeds) : undefined;
  if (shared === undefined) return Buffer.from(JSON.stringify(response));
  // JSON.stringify(response) is `{...head,"data":{"embeds":[…],...rest}}`.
  const headJson = JSON.stringify({ ...response, data: undefined });
  const restJson = JSON.stringify({ ...data, embeds: undefined });
  const before = `${headJson === '{}' ? '{' : `${headJson.slice(0, -1)},`}"data":{"embeds":`;
  const after = `${restJson === '{}' ? '' : `,${restJson.slice(1, -1)}`}}}`;
  const beforeBytes = Buffer.byteLength(before);
  const body = Buffer.allocUnsafe(beforeBytes + shared.length + Buffer.byteLength(after));
  body.write(before, 0);
  shared.copy(body, beforeBytes);
  body.write(after, beforeBytes + shared.length);
  return body;
}

function freezeDeep(value: unknown): void {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return;
  Object.freeze(value);
  for (const item of Object.values(value)) freezeDeep(item);
}
