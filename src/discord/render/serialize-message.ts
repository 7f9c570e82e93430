import type { APIEmbed, APIInteractionResponse } from 'discord-api-types/v10';

// A cached answer is sent to everyone who asks it, and its embeds (about 3 KB of JSON) are the bulk
// of every response: they are serialised once, when the answer is cached, not once per reply.
const embedsJson = new WeakMap<readonly APIEmbed[], string>();

/**
 * Freezes rendered embeds, which every reply of a cached answer shares, and remembers their JSON
 * for stringifyResponse. Frozen, so the remembered JSON can never go stale.
 */
export function shareEmbeds(embeds: APIEmbed[]): readonly APIEmbed[] {
  freezeDeep(embeds);
  embedsJson.set(embeds, JSON.stringify(embeds));
  return embeds;
}

/**
 * Embeds for a message: a cached answer's shared embeds themselves (the responders find their JSON
 * by identity), anything else copied. Discord's types have no readonly arrays; the shared ones are
 * frozen, so a write would throw rather than change every reply.
 */
export function reuseEmbeds(embeds: readonly APIEmbed[]): APIEmbed[] {
  return embedsJson.has(embeds) ? (embeds as APIEmbed[]) : [...embeds];
}

/**
 * The JSON text of an interaction response: the same text as JSON.stringify(response), with the
 * shared embeds' JSON reused instead of serialised again.
 */
export function stringifyResponse(response: APIInteractionResponse): string {
  if (!('data' in response) || response.data === undefined) return JSON.stringify(response);
  const { data, ...head } = response;
  if (!('embeds' in data) || data.embeds === undefined) return JSON.stringify(response);
  const json = embedsJson.get(data.embeds);
  if (json === undefined) return JSON.stringify(response);
  const restJson = JSON.stringify({ ...data, embeds: undefined });
  const headJson = JSON.stringify(head);
  const dataJson = `{"embeds":${json}${restJson === '{}' ? '}' : `,${restJson.slice(1)}`}`;
  return `${headJson === '{}' ? '{' : `${headJson.slice(0, -1)},`}"data":${dataJson}}`;
}

function freezeDeep(value: unknown): void {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return;
  Object.freeze(value);
  for (const item of Object.values(value)) freezeDeep(item);
}
