import { ApplicationCommandType, InteractionType, type APIInteraction } from 'discord-api-types/v10';
import { z } from 'zod';

// What the handlers read of an interaction, checked once where it enters (the HTTP body, the
// gateway dispatch): a signed or gateway payload is still input, and a `member` without `user` or a
// `data` that is null made the error boundary itself throw. Loose objects: Discord adds fields,
// and the rest of a payload is read defensively (read-interaction.ts).

const snowflake = z.string().regex(/^\d{1,20}$/);
// An object whose inside no handler relies on: checked as one, not walked (nor copied).
const anObject = z.custom<object>(
  (value) => typeof value === 'object' && value !== null && !Array.isArray(value),
);
const user = z.looseObject({ id: snowflake });

// What makes a payload an interaction at all (and answerable: an id and a token).
const envelope = z.looseObject({
  id: snowflake,
  application_id: snowflake,
  type: z.number(),
  token: z.string().min(1).max(500),
});

// Where it came from and who acted, as every handler reads them.
const common = envelope.extend({
  guild_id: snowflake.optional(),
  channel_id: snowflake.optional(),
  channel: z.looseObject({ id: snowflake }).optional(),
  member: z.looseObject({ user, permissions: z.string().optional() }).optional(),
  user: user.optional(),
});

const option = z.looseObject({ name: z.string(), type: z.number() });
const commandData = z.looseObject({
  name: z.string(),
  type: z.number(),
  options: z.array(option).optional(),
});
// A message command's target, resolved: what "Ask about this message" reads.
const messageCommandData = commandData.extend({
  target_id: snowflake,
  resolved: z.looseObject({ messages: z.record(z.string(), anObject) }),
});

const shapes = new Map<number, z.ZodType>([
  [InteractionType.Ping, envelope],
  [InteractionType.ApplicationCommand, common.extend({ data: commandData })],
  [InteractionType.ApplicationCommandAutocomplete, common.extend({ data: commandData })],
  [
    InteractionType.MessageComponent,
    common.extend({
      data: z.looseObject({ custom_id: z.string(), component_type: z.number() }),
      message: z.looseObject({ id: snowflake, channel_id: snowflake, embeds: z.array(anObject) }),
    }),
  ],
  [InteractionType.ModalSubmit, common.extend({ data: z.looseObject({ custom_id: z.string() }) })],
]);

/** An interaction as it arrived, or what is wrong with it (short, no values from the payload). */
export type InteractionCheck =
  | { readonly ok: true; readonly interaction: APIInteraction }
  | { readonly ok: false; readonly error: string };

/**
 * Checks a payload against what the handlers read. The payload itself is returned, not zod's
 * copy: the check is what matters, and copying every request's payload costs garbage.
 */
export function checkInteraction(json: unknown): InteractionCheck {
  // One parse on the way through; the envelope is looked at apart only to say what failed.
  const type = typeof json === 'object' && json !== null ? (json as { type?: unknown }).type : undefined;
  const shape = typeof type === 'number' ? shapes.get(type) : undefined;
  if (shape === undefined)
    return envelope.safeParse(json).success
      ? { ok: false, error: 'unknown interaction type' }
      : { ok: false, error: 'body is not an interaction' };
  const full = shape.safeParse(json);
  if (!full.success)
    return envelope.safeParse(json).success
      ? { ok: false, error: `malformed interaction: ${pathsOf(full.error)}` }
      : { ok: false, error: 'body is not an interaction' };
  const data = (json as { data?: { type?: number } }).data;
  const messageCommand: number = ApplicationCommandType.Message;
  if (type === Number(InteractionType.ApplicationCommand) && data?.type === messageCommand) {
    const target = messageCommandData.safeParse(data);
    if (!target.success)
      return { ok: false, error: `malformed interaction: ${pathsOf(target.error, 'data')}` };
  }
  return { ok: true, interaction: json as APIInteraction };
}

/**
 * The fields at fault, e.g. `member.user, data`: field names of our schema only (a record's keys
 * come from the payload and read as `*`), never the payload's values.
 */
function pathsOf(error: z.ZodError, prefix?: string): string {
  const paths = error.issues.map((issue) =>
    [...(prefix === undefined ? [] : [prefix]), ...issue.path.map(String)]
      .slice(0, 3)
      .map((part) => (/^[a-z_]{1,20}$/.test(part) ? part : '*'))
      .join('.'),
  );
  return [...new Set(paths)].slice(0, 3).join(', ') || 'body';
}
