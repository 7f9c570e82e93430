import { InteractionType, type APIInteraction } from 'discord-api-types/v10';
import { z } from 'zod';

const KNOWN_TYPES = new Set<number>([
  InteractionType.Ping,
  InteractionType.ApplicationCommand,
  InteractionType.MessageComponent,
  InteractionType.ApplicationCommandAutocomplete,
  InteractionType.ModalSubmit,
]);

// What every interaction carries, whatever its type. The handlers read the rest of their own
// payload shapes; this only keeps a body that is not an interaction at all away from them.
const Envelope = z.looseObject({
  id: z.string().regex(/^\d{1,20}$/),
  application_id: z.string().regex(/^\d{1,20}$/),
  type: z.number().int(),
  token: z.string().min(1).max(500),
});

/** A signed body read as an interaction, or what is wrong with it (a short reason for the 400). */
export type ParsedInteraction =
  | { readonly ok: true; readonly interaction: APIInteraction }
  | { readonly ok: false; readonly error: string };

/** Parses a verified body: JSON, an interaction envelope, and an interaction type Discord defines. */
export function parseInteraction(body: Buffer): ParsedInteraction {
  let json: unknown;
  try {
    json = JSON.parse(body.toString('utf8'));
  } catch {
    return { ok: false, error: 'body is not JSON' };
  }
  const envelope = Envelope.safeParse(json);
  if (!envelope.success) return { ok: false, error: 'body is not an interaction' };
  if (!KNOWN_TYPES.has(envelope.data.type)) return { ok: false, error: 'unknown interaction type' };
  return { ok: true, interaction: asInteraction(json) };
}

/**
 * The envelope checked, the body is Discord's own signed APIInteraction: the signature is what
 * vouches for the rest of its shape, as it does for the gateway's payloads.
 */
function asInteraction(json: unknown): APIInteraction {
  return json as APIInteraction;
}
