/** MESSAGE_CREATE payloads as Discord sends them for users, bots, webhooks and the bot itself. */
import {
  ChannelType,
  MessageReferenceType,
  MessageType,
  type APIGuildMember,
  type APIGuildMemberNoUser,
  type APIMessageReference,
  type APIUser,
  type APIUserWithMember,
  type GatewayMessageCreateDispatchData,
} from 'discord-api-types/v10';
import { makeUser } from '../fixtures.js';
import { snowflake } from '../snowflake.js';
import type { World } from '../world.js';

/** `user` = alice (human), `otherBot` = another bot, `self` = our bot, `webhook` = a channel webhook. */
export type MessageAuthor = 'user' | 'otherBot' | 'self' | 'webhook' | APIUser;

export interface IncomingMessageOptions {
  content?: string;
  /** Where the message is posted (default `guild`). DMs go to the author's DM channel with the bot. */
  in?: 'guild' | 'dm';
  /** Guild text channel id (default: #general of the first guild). */
  channelId?: string;
  author?: MessageAuthor;
  /** Prefix `<@botId> ` and put the bot in `mentions`, as Discord does. */
  mentionBot?: boolean;
  /** Prefix `@everyone ` and set `mention_everyone`. */
  mentionEveryone?: boolean;
  /** Role ids to mention (`<@&id>` is appended to the content). */
  mentionRoles?: string[];
  /** Make it a reply to this message id. */
  replyTo?: string;
}

const webhookUser = makeUser('Captain Hook', { bot: true, discriminator: '0000', global_name: null });

function resolveAuthor(world: World, author: MessageAuthor | undefined): APIUser {
  if (typeof author === 'object') return author;
  if (author === 'otherBot') return world.otherBot;
  if (author === 'self') return world.bot;
  if (author === 'webhook') return webhookUser;
  return world.user;
}

function memberOf(world: World, guildId: string, user: APIUser): APIGuildMemberNoUser | undefined {
  const guild = world.guilds.find((g) => g.guild.id === guildId)?.guild;
  const member: APIGuildMember | undefined = guild?.members.find((m) => m.user.id === user.id);
  if (!member) return undefined;
  return {
    roles: member.roles,
    joined_at: member.joined_at ?? new Date().toISOString(),
    deaf: false,
    mute: false,
    flags: member.flags,
  };
}

function composeContent(world: World, options: IncomingMessageOptions): string {
  const pieces: string[] = [];
  if (options.mentionEveryone) pieces.push('@everyone');
  if (options.mentionBot) pieces.push(`<@${world.bot.id}>`);
  pieces.push(options.content ?? 'hello');
  for (const roleId of options.mentionRoles ?? []) pieces.push(`<@&${roleId}>`);
  return pieces.join(' ');
}

/** Builds (does not dispatch) a MESSAGE_CREATE payload. */
export function incomingMessage(
  world: World,
  options: IncomingMessageOptions = {},
): GatewayMessageCreateDispatchData {
  const author = resolveAuthor(world, options.author);
  const inDm = options.in === 'dm';
  const dmPartner = author.id === world.bot.id || author === webhookUser ? world.user : author;
  const channelId = inDm
    ? world.dmChannelWith(dmPartner).id
    : (options.channelId ?? world.guild.textChannel.id);
  const guildId = inDm ? null : world.guildIdOf(channelId);
  const mentions: APIUserWithMember[] = [];
  if (options.mentionBot) {
    const member = guildId ? memberOf(world, guildId, world.bot) : undefined;
    mentions.push(member ? { ...world.bot, member } : world.bot);
  }
  const reference: APIMessageReference | undefined = options.replyTo
    ? {
        type: MessageReferenceType.Default,
        message_id: options.replyTo,
        channel_id: channelId,
        ...(guildId ? { guild_id: guildId } : {}),
      }
    : undefined;
  const message: GatewayMessageCreateDispatchData = {
    id: snowflake(),
    channel_id: channelId,
    author,
    content: composeContent(world, options),
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    tts: false,
    mention_everyone: options.mentionEveryone ?? false,
    mention_roles: options.mentionRoles ?? [],
    mentions,
    attachments: [],
    embeds: [],
    pinned: false,
    type: reference ? MessageType.Reply : MessageType.Default,
    channel_type: inDm ? ChannelType.DM : ChannelType.GuildText,
    components: [],
  };
  if (reference) {
    message.message_reference = reference;
    message.referenced_message = world.messages.get(options.replyTo ?? '') ?? null;
  }
  if (author === webhookUser) message.webhook_id = webhookUser.id;
  if (guildId) {
    message.guild_id = guildId;
    const member = author === webhookUser ? undefined : memberOf(world, guildId, author);
    if (member) message.member = member;
  }
  return message;
}
