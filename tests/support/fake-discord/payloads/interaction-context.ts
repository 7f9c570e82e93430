/** Fields every interaction carries, for a guild channel or for the bot's DM. */
import {
  ApplicationIntegrationType,
  InteractionContextType,
  Locale,
  type APIChannel,
  type APIInteractionGuildMember,
  type APIPartialInteractionGuild,
  type APIUser,
  type Permissions,
} from 'discord-api-types/v10';
import { BOT_ROLE_PERMISSIONS, EVERYONE_PERMISSIONS, NO_MEMBER_FLAGS } from '../fixtures.js';
import { randomToken, snowflake } from '../snowflake.js';
import type { World } from '../world.js';

export interface InteractionPlaceOptions {
  /** `guild` (default) or `dm` (the invoking user's DM with the bot). */
  in?: 'guild' | 'dm';
  /** Guild text channel (default #general of the first guild). */
  channelId?: string;
  /** Invoking user (default alice). */
  user?: APIUser;
  /** The member's permission bitfield string in guild interactions (default: @everyone's). */
  memberPermissions?: Permissions;
  locale?: Locale;
}

const ALL_APP_PERMISSIONS = String(BigInt(EVERYONE_PERMISSIONS) | BigInt(BOT_ROLE_PERMISSIONS));

interface GuildPlace {
  guild_id: string;
  guild: APIPartialInteractionGuild;
  member: APIInteractionGuildMember;
}
interface DmPlace {
  user: APIUser;
}

export function interactionCommon(world: World, options: InteractionPlaceOptions) {
  const user = options.user ?? world.user;
  const inDm = options.in === 'dm';
  const channel: APIChannel | undefined = inDm
    ? world.dmChannelWith(user)
    : world.channels.get(options.channelId ?? world.guild.textChannel.id);
  if (!channel) throw new Error(`fake discord: unknown channel ${options.channelId ?? ''}`);
  const guildId = inDm ? null : world.guildIdOf(channel.id);
  const common = {
    id: snowflake(),
    token: randomToken(),
    application_id: world.application.id,
    version: 1 as const,
    app_permissions: ALL_APP_PERMISSIONS,
    locale: options.locale ?? Locale.EnglishUS,
    entitlements: [],
    attachment_size_limit: 10 * 1024 * 1024,
    channel,
    channel_id: channel.id,
    context: guildId ? InteractionContextType.Guild : InteractionContextType.BotDM,
    authorizing_integration_owners: { [ApplicationIntegrationType.GuildInstall]: guildId ?? '0' },
  };
  return { common, place: guildId ? guildPlace(world, guildId, user, options) : dmPlace(user), guildId };
}

function guildPlace(
  world: World,
  guildId: string,
  user: APIUser,
  options: InteractionPlaceOptions,
): GuildPlace {
  const guild = world.guilds.find((g) => g.guild.id === guildId)?.guild;
  const member = guild?.members.find((m) => m.user.id === user.id);
  return {
    guild_id: guildId,
    guild: { id: guildId, features: [], locale: guild?.preferred_locale ?? Locale.EnglishUS },
    member: {
      user,
      roles: member?.roles ?? [],
      joined_at: member?.joined_at ?? new Date().toISOString(),
      deaf: false,
      mute: false,
      flags: member?.flags ?? NO_MEMBER_FLAGS,
      nick: null,
      avatar: null,
      permissions: options.memberPermissions ?? EVERYONE_PERMISSIONS,
    },
  };
}

function dmPlace(user: APIUser): DmPlace {
  return { user };
}
