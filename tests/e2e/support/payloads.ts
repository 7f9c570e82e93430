/** Parses what the bot sent to the fake Discord (recorded JSON bodies), so tests read fields, never cast. */
import { z } from 'zod';
import type { RecordedFrame, RecordedRestCall } from '../../support/fake-discord/index.js';

/** Route labels of the fake's REST table that the e2e tests look for. */
export const ROUTES = {
  callback: 'POST /interactions/:interactionId/:token/callback',
  editOriginal: 'PATCH /webhooks/:appId/:token/messages/:messageId',
  followUp: 'POST /webhooks/:appId/:token',
  createMessage: 'POST /channels/:channelId/messages',
  deleteMessage: 'DELETE /channels/:channelId/messages/:messageId',
  guildCommands: 'PUT /applications/:appId/guilds/:guildId/commands',
} as const;

const EmbedSchema = z.looseObject({
  title: z.string().optional(),
  description: z.string().optional(),
  footer: z.looseObject({ text: z.string() }).optional(),
  author: z.looseObject({ name: z.string() }).optional(),
  fields: z.array(z.looseObject({ name: z.string(), value: z.string() })).optional(),
  image: z.looseObject({ url: z.string() }).optional(),
});

const ComponentSchema = z.looseObject({
  type: z.number(),
  style: z.number().optional(),
  label: z.string().optional(),
  custom_id: z.string().optional(),
  url: z.string().optional(),
  disabled: z.boolean().optional(),
  emoji: z.looseObject({ name: z.string().nullable().optional() }).optional(),
});

const RowSchema = z.looseObject({ type: z.number(), components: z.array(ComponentSchema) });

const AllowedMentionsSchema = z.looseObject({
  parse: z.array(z.string()).optional(),
  users: z.array(z.string()).optional(),
  roles: z.array(z.string()).optional(),
  replied_user: z.boolean().optional(),
});

/** A message body the bot sent: a channel message, an edit, or a callback's `data`. */
export const MessageBodySchema = z.looseObject({
  content: z.string().optional(),
  embeds: z.array(EmbedSchema).optional(),
  components: z.array(RowSchema).optional(),
  allowed_mentions: AllowedMentionsSchema.optional(),
  message_reference: z.looseObject({ message_id: z.string() }).optional(),
  flags: z.number().optional(),
});
export type MessageBody = z.infer<typeof MessageBodySchema>;
export type Embed = z.infer<typeof EmbedSchema>;
export type Component = z.infer<typeof ComponentSchema>;

const ChoiceSchema = z.looseObject({ name: z.string(), value: z.union([z.string(), z.number()]) });
export type Choice = z.infer<typeof ChoiceSchema>;

/** An interaction callback body: `{ type, data? }`. */
export const CallbackSchema = z.looseObject({ type: z.number(), data: z.unknown().optional() });

/** The interaction response types the tests name. */
export const CALLBACK = {
  message: 4,
  deferredMessage: 5,
  deferredUpdate: 6,
  update: 7,
  autocomplete: 8,
} as const;

const EPHEMERAL = 1 << 6;

/** The callback body of a recorded `POST …/callback`. */
export function callbackOf(call: RecordedRestCall): { type: number; data: unknown } {
  const parsed = CallbackSchema.parse(call.body);
  return { type: parsed.type, data: parsed.data };
}

/** The message a callback of type 4 or 7 carries. */
export function callbackMessage(call: RecordedRestCall): MessageBody {
  return MessageBodySchema.parse(callbackOf(call).data);
}

/** The message body of a channel message, webhook edit or follow-up. */
export function messageBody(call: RecordedRestCall): MessageBody {
  return MessageBodySchema.parse(call.body);
}

/** The autocomplete choices of a type 8 callback. */
export function choicesOf(call: RecordedRestCall): Choice[] {
  return z.looseObject({ choices: z.array(ChoiceSchema) }).parse(callbackOf(call).data).choices;
}

/** The first embed of a message; fails the test when there is none. */
export function firstEmbed(message: MessageBody): Embed {
  const embed = message.embeds?.[0];
  if (embed === undefined) throw new Error(`expected an embed in ${JSON.stringify(message)}`);
  return embed;
}

export function isEphemeral(message: MessageBody): boolean {
  return ((message.flags ?? 0) & EPHEMERAL) !== 0;
}

/** Every button of a message, row by row. */
export function buttonsOf(message: MessageBody): Component[] {
  return (message.components ?? []).flatMap((row) => row.components);
}

/** The custom_id of the first button whose custom_id starts with `prefix`. */
export function customIdWith(message: MessageBody, prefix: string): string {
  const id = buttonsOf(message)
    .map((b) => b.custom_id)
    .find((c) => c?.startsWith(prefix));
  if (id === undefined)
    throw new Error(`no button with custom_id "${prefix}…" in ${JSON.stringify(message)}`);
  return id;
}

/** The id of the message a `POST /channels/:id/messages` created (from the fake's answer). */
export function createdMessageId(call: RecordedRestCall): string {
  return z.looseObject({ id: z.string() }).parse(call.response?.body).id;
}

/** The message id a MESSAGE_CREATE/UPDATE/DELETE frame is about, if it is one. */
export function frameMessageId(frame: RecordedFrame): string | undefined {
  if (frame.t === null || !frame.t.startsWith('MESSAGE_')) return undefined;
  const parsed = z.looseObject({ id: z.string() }).safeParse(frame.d);
  return parsed.success ? parsed.data.id : undefined;
}

/** Text a reader sees, without markdown markers, escapes or zero-width spaces, for comparing with plain text. */
export function plainText(markdown: string): string {
  return markdown
    .replace(/\*\*/g, '')
    .replace(/\\(.)/g, '$1')
    .replace(/\u200b/g, '');
}
