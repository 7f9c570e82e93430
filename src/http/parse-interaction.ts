import type { APIInteraction } from 'discord-api-types/v10';
import { checkInteraction } from '../bot/interactions/interaction-schema.js';

/** A signed body read as an interaction, or what is wrong with it (a short reason for the 400). */
export type ParsedInteraction =
  | { readonly ok: true; readonly interaction: APIInteraction }
  | { readonly ok: false; readonly error: string };

/**
 * Parses a verified body: JSON, then the fields the handlers read (interaction-schema.ts). A signed
 * body is still input: one the handlers could not read (a `member` without `user`, `data` null or
 * missing) gets a 400 here rather than a 500 from a handler that threw.
 */
export function parseInteraction(body: Buffer): ParsedInteraction {
  let json: unknown;
  try {
    json = JSON.parse(body.toString('utf8'));
  } catch {
    return { ok: false, error: 'body is not JSON' };
  }
  return checkInteraction(json);
}
