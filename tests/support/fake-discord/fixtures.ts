/** Default users, guild, channels and roles of the fake world. */
import {
  ChannelType,
  GuildDefaultMessageNotifications,
  GuildExplicitContentFilter,
  GuildMFALevel,
  GuildNSFWLevel,
  GuildPremiumTier,
  GuildSystemChannelFlags,
  GuildVerificationLevel,
  Locale,
  PermissionFlagsBits,
  type APIDMChannel,
  type GuildMemberFlags,
  type RoleFlags,
  type APIGuildMember,
  type APIRole,
  type APITextChannel,
  type APIUser,
  type GatewayGuildCreateDispatchData,
} from 'discord-api-types/v10';
import { snowflake } from './snowflake.js';

const P = PermissionFlagsBits;
export const EVERYONE_PERMISSIONS = String(
  P.ViewChannel | P.SendMessages | P.ReadMessageHistory | P.UseApplicationCommands | P.AddReactions,
);
export const BOT_ROLE_PERMISSIONS = String(
  P.ViewChannel | P.SendMessages | P.SendMessagesInThreads | P.EmbedLinks | P.AttachFiles,
);

/** Bit-flag enums have no zero member; an empty flag set is 0. */
const NO_ROLE_FLAGS = 0 as RoleFlags;
export const NO_MEMBER_FLAGS = 0 as GuildMemberFlags;

export function makeUser(username: string, extra: Partial<APIUser> = {}): APIUser {
  return { id: snowflake(), username, discriminator: '0', global_name: username, avatar: null, ...extra };
}

export function makeRole(guildId: string, name: string, permissions: string, position: number): APIRole {
  const id = position === 0 ? guildId : snowflake();
  return {
    id,
    name,
    color: 0,
    colors: { primary_color: 0, secondary_color: null, tertiary_color: null },
    hoist: false,
    position,
    permissions,
    managed: false,
    mentionable: position !== 0,
    flags: NO_ROLE_FLAGS,
  };
}

export function makeTextChannel(guildId: string, name: string, position: number): APITextChannel {
  return {
    id: snowflake(),
    type: ChannelType.GuildText,
    guild_id: guildId,
    name,
    position,
    permission_overwrites: [],
    nsfw: false,
    topic: null,
    last_message_id: null,
    parent_id: null,
    rate_limit_per_user: 0,
  };
}

export function makeDmChannel(recipient: APIUser): APIDMChannel {
  return {
    id: snowflake(),
    type: ChannelType.DM,
    recipients: [recipient],
    last_message_id: null,
    name: null,
  };
}

export function makeMember(user: APIUser, roles: string[], joinedAt: string): APIGuildMember {
  return {
    user,
    roles,
    joined_at: joinedAt,
    deaf: false,
    mute: false,
    flags: NO_MEMBER_FLAGS,
    nick: null,
    avatar: null,
  };
}

export interface GuildFixture {
  guild: GatewayGuildCreateDispatchData;
  textChannel: APITextChannel;
  role: APIRole;
}

/**
 * A guild with @everyone, a mentionable role, a bot role, two text channels and the given members.
 * `index` spreads guild ids over milliseconds so consecutive guilds land on different shards.
 */
export function makeGuild(
  index: number,
  createdAt: number,
  owner: APIUser,
  bot: APIUser,
  members: APIUser[],
): GuildFixture {
  const id = snowflake(createdAt - index);
  const name = index === 0 ? 'Fake Guild' : `Fake Guild ${index + 1}`;
  const joinedAt = new Date().toISOString();
  const everyone = makeRole(id, '@everyone', EVERYONE_PERMISSIONS, 0);
  const role = makeRole(id, 'helpers', '0', 1);
  const botRole = makeRole(id, bot.username, BOT_ROLE_PERMISSIONS, 2);
  const textChannel = makeTextChannel(id, 'general', 0);
  const guild: GatewayGuildCreateDispatchData = {
    id,
    name,
    icon: null,
    splash: null,
    discovery_splash: null,
    owner_id: owner.id,
    afk_channel_id: null,
    afk_timeout: 300,
    verification_level: GuildVerificationLevel.None,
    default_message_notifications: GuildDefaultMessageNotifications.OnlyMentions,
    explicit_content_filter: GuildExplicitContentFilter.Disabled,
    roles: [everyone, role, botRole],
    emojis: [],
    features: [],
    mfa_level: GuildMFALevel.None,
    application_id: null,
    system_channel_id: textChannel.id,
    system_channel_flags: GuildSystemChannelFlags.SuppressJoinNotifications,
    rules_channel_id: null,
    vanity_url_code: null,
    description: null,
    banner: null,
    premium_tier: GuildPremiumTier.None,
    preferred_locale: Locale.EnglishUS,
    public_updates_channel_id: null,
    nsfw_level: GuildNSFWLevel.Default,
    premium_progress_bar_enabled: false,
    hub_type: null,
    safety_alerts_channel_id: null,
    incidents_data: null,
    stickers: [],
    joined_at: joinedAt,
    large: false,
    unavailable: false,
    member_count: members.length + 1,
    voice_states: [],
    members: [makeMember(bot, [botRole.id], joinedAt), ...members.map((u) => makeMember(u, [], joinedAt))],
    channels: [textChannel, makeTextChannel(id, 'random', 1)],
    threads: [],
    presences: [],
    stage_instances: [],
    guild_scheduled_events: [],
    soundboard_sounds: [],
  };
  return { guild, textChannel, role };
}
