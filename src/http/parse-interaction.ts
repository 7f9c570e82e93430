import { InteractionType, type APIInteraction } from 'discord-api-types/v10';

const KNOWN_TYPES = new Set<unknown>([
  InteractionType.Ping,
  InteractionType.ApplicationCommand,
  InteractionType.MessageComponent,
  InteractionType.ApplicationCommandAutocomplete,
  InteractionType.ModalSubmit,
]);

const SNOWFLAKE = /^\d{1,20}$/;

/** A signed body read as an interaction, or what is wrong with it (a short reason for the 400). */
export type ParsedInteraction =
  | { readonly ok: true; readonly interaction: APIInteraction }
  | { readonly ok: false; readonly error: string };

/**
 * Parses a verified body: JSON, the fields every interaction carries whatever its type, and a type
 * Discord defines. The handlers read the rest of their payload defensively (read-interaction.ts);
 * this keeps a body that is not an interaction at all away from them. Plain checks, not a schema:
 * this runs for every request, and a schema parse would copy the whole payload.
 */
export function parseInteraction(body: Buffer): ParsedInteraction {
  let json: unknown;
  try {
    json = JSON.parse(body.toString('utf8'));
  } catch {
    return { ok: false, error: 'body is not JSON' };
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json))
    return { ok: false, error: 'body is not an interaction' };
  const { id, application_id, type, token } = json as Record<string, unknown>;
  const envelope =
    typeof id === 'string' &&
    SNOWFLAKE.test(id) &&
    typeof application_id === 'string' &&
    SNOWFLAKE.test(application_id) &&
    typeof type === 'number' &&
    typeof token === 'string' &&
    token.length > 0 &&
    token.length <= 500;
  if (!envelope) return { ok: false, error: 'body is not an interaction' };
  if (!KNOWN_TYPES.has(type)) return { ok: false, error: 'unknown interaction type' };
  // The envelope checked, the body is Discord's own signed APIInteraction: the signature vouches
  // for the rest of its shape, as the gateway's does for its payloads.
  return { ok: true, interaction: json as APIInteraction };
}
