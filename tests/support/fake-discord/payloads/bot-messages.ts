/** APIMessage objects the fake returns when the bot creates or edits messages over REST. */
import {
  ComponentType,
  ButtonStyle,
  MessageReferenceType,
  MessageType,
  type APIEmbed,
  type APIMessage,
  type APIMessageReference,
  type APIMessageTopLevelComponent,
  type APIUser,
} from 'discord-api-types/v10';
import { arrayField, asObject, numberField, stringField } from '../json-fields.js';
import { snowflake } from '../snowflake.js';
import type { World } from '../world.js';

export interface OutgoingMessageExtras {
  author?: APIUser;
  webhookId?: string;
  applicationId?: string;
  type?: MessageType;
}

function referenceFrom(world: World, channelId: string, raw: unknown): APIMessageReference | undefined {
  const ref = asObject(raw);
  const messageId = stringField(ref, 'message_id');
  if (!messageId) return undefined;
  const guildId = world.guildIdOf(channelId);
  return {
    type: MessageReferenceType.Default,
    message_id: messageId,
    channel_id: stringField(ref, 'channel_id') ?? channelId,
    ...(guildId ? { guild_id: guildId } : {}),
  };
}

/** A message as Discord would return it for a bot-sent body (content, embeds, components, flags, reply). */
export function messageFromBody(
  world: World,
  channelId: string,
  rawBody: unknown,
  extras: OutgoingMessageExtras = {},
): APIMessage {
  const body = asObject(rawBody);
  const reference = referenceFrom(world, channelId, body['message_reference']);
  const message: APIMessage = {
    id: snowflake(),
    channel_id: channelId,
    author: extras.author ?? world.bot,
    content: stringField(body, 'content') ?? '',
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    tts: body['tts'] === true,
    mention_everyone: false,
    mention_roles: [],
    mentions: [],
    attachments: [],
    // Echoes of what the bot sent; the fake does not validate their shape.
    embeds: arrayField(body, 'embeds') as APIEmbed[],
    components: arrayField(body, 'components') as APIMessageTopLevelComponent[],
    pinned: false,
    type: extras.type ?? (reference ? MessageType.Reply : MessageType.Default),
    flags: numberField(body, 'flags') ?? 0,
  };
  if (reference) {
    message.message_reference = reference;
    message.referenced_message = world.messages.get(reference.message_id ?? '') ?? null;
  }
  if (extras.webhookId) message.webhook_id = extras.webhookId;
  if (extras.applicationId) message.application_id = extras.applicationId;
  return message;
}

/** Applies an edit body (PATCH) to a stored message. */
export function applyEdit(message: APIMessage, rawBody: unknown): APIMessage {
  const body = asObject(rawBody);
  const edited: APIMessage = { ...message, edited_timestamp: new Date().toISOString() };
  const content = stringField(body, 'content');
  if (content !== undefined) edited.content = content;
  if ('embeds' in body) edited.embeds = arrayField(body, 'embeds') as APIEmbed[];
  if ('components' in body)
    edited.components = arrayField(body, 'components') as APIMessageTopLevelComponent[];
  const flags = numberField(body, 'flags');
  if (flags !== undefined) edited.flags = flags;
  return edited;
}

/** A message by the bot carrying one button, for component interactions. */
export function messageWithButton(world: World, channelId: string, customId: string): APIMessage {
  const message = messageFromBody(world, channelId, { content: 'Pick one' });
  message.components = [
    {
      type: ComponentType.ActionRow,
      components: [
        { type: ComponentType.Button, style: ButtonStyle.Primary, custom_id: customId, label: customId },
      ],
    },
  ];
  return message;
}
