/** The fake's mutable state: who exists, which channels and messages, which interactions are open. */
import {
  ApplicationFlags,
  ChannelType,
  TeamMemberMembershipState,
  TeamMemberRole,
  type APIApplication,
  type APIApplicationCommand,
  type APIChannel,
  type APIDMChannel,
  type APIInteraction,
  type APIMessage,
  type APITeam,
  type APIUser,
  type InteractionResponseType,
  type InteractionType,
} from 'discord-api-types/v10';
import { makeDmChannel, makeGuild, makeUser, type GuildFixture } from './fixtures.js';

export interface WorldOptions {
  /** Number of guilds the bot is in (default 1). Each gets #general and #random text channels. */
  guildCount?: number;
  botUsername?: string;
  /**
   * Hold at most about twice this many messages, interactions and recorded calls and frames,
   * forgetting the oldest first (by first write: an edited message keeps its place), so a long
   * benchmark's fake does not grow without end. Default: keep everything.
   */
  keepRecent?: number;
}

/** A Map that forgets its oldest entries once it holds more than twice `keep`. */
class RecentMap<K, V> extends Map<K, V> {
  constructor(private readonly keep: number) {
    super();
  }

  override set(key: K, value: V): this {
    super.set(key, value);
    if (this.size > 2 * this.keep) {
      let drop = this.size - this.keep;
      for (const oldest of this.keys()) {
        if (drop-- <= 0) break;
        this.delete(oldest);
      }
    }
    return this;
  }
}

/** Server-side state of one dispatched interaction. */
export interface InteractionState {
  id: string;
  token: string;
  type: InteractionType;
  channelId: string;
  guildId: string | null;
  dispatchedAt: number;
  acknowledged: boolean;
  callbackType: InteractionResponseType | null;
  originalMessageId: string | null;
  /** For component interactions: the message carrying the component. */
  componentMessageId: string | null;
}

export class World {
  readonly bot: APIUser;
  readonly application: Pick<APIApplication, 'id' | 'flags' | 'flags_new'>;
  /** A human guild member who also has a DM channel with the bot. */
  readonly user: APIUser;
  /** The application's owner (GET /applications/@me), unless `teamMembers` makes a team own it. */
  readonly owner: APIUser;
  /** When set, a team owns the application; each member's role is given (default: developers). */
  teamMembers: { user: APIUser; role?: TeamMemberRole }[] | null = null;
  /** Another bot in the guild (for "ignore other bots" tests). */
  readonly otherBot: APIUser;
  readonly guilds: GuildFixture[];
  readonly dmChannel: APIDMChannel;
  readonly channels = new Map<string, APIChannel>();
  readonly users = new Map<string, APIUser>();
  readonly messages: Map<string, APIMessage>;
  /** Keyed by interaction token. */
  readonly interactions: Map<string, InteractionState>;
  /** Interactions being delivered over HTTP whose response is not applied yet, by token (http-delivery.ts). */
  readonly httpDeliveries = new Map<string, Promise<void>>();
  /** `shards` and `session_start_limit.max_concurrency` returned by GET /gateway/bot. */
  recommendedShards = 1;
  maxConcurrency = 1;
  /** If set, interaction callbacks later than this after dispatch get 404 Unknown interaction (Discord: 3000). */
  interactionDeadlineMs: number | null = null;
  /** Registered commands keyed by `global` or a guild id. */
  readonly commands = new Map<string, APIApplicationCommand[]>();

  constructor(options: WorldOptions = {}) {
    this.messages = new RecentMap(options.keepRecent ?? Infinity);
    this.interactions = new RecentMap(options.keepRecent ?? Infinity);
    this.bot = makeUser(options.botUsername ?? 'FakeBot', { bot: true, global_name: null });
    const flags = ApplicationFlags.GatewayMessageContentLimited;
    this.application = { id: this.bot.id, flags, flags_new: String(flags) };
    this.user = makeUser('alice');
    this.otherBot = makeUser('OtherBot', { bot: true, global_name: null });
    this.owner = makeUser('operator');
    for (const u of [this.bot, this.user, this.otherBot, this.owner]) this.users.set(u.id, u);
    const count = Math.max(1, options.guildCount ?? 1);
    // One clock reading for all guilds, so their ids differ by exactly their index (and shard).
    const createdAt = Date.now();
    this.guilds = Array.from({ length: count }, (_, i) =>
      makeGuild(i, createdAt, this.user, this.bot, [this.user, this.otherBot]),
    );
    for (const { guild } of this.guilds)
      for (const channel of guild.channels) this.channels.set(channel.id, channel);
    this.dmChannel = this.dmChannelWith(this.user);
  }

  /** The first (default) guild. */
  get guild(): GuildFixture {
    const first = this.guilds[0];
    if (!first) throw new Error('world has no guild');
    return first;
  }

  /** The DM channel between the bot and `user`, created on first use. */
  dmChannelWith(user: APIUser): APIDMChannel {
    for (const channel of this.channels.values()) {
      if (channel.type === ChannelType.DM && channel.recipients?.some((r) => r.id === user.id))
        return channel;
    }
    this.users.set(user.id, user);
    const channel = makeDmChannel(user);
    this.channels.set(channel.id, channel);
    return channel;
  }

  /** Opens an interaction so its callback and webhook are accepted. */
  registerInteraction(payload: APIInteraction): InteractionState {
    const state: InteractionState = {
      id: payload.id,
      token: payload.token,
      type: payload.type,
      channelId: payload.channel?.id ?? payload.channel_id ?? '',
      guildId: payload.guild_id ?? null,
      dispatchedAt: Date.now(),
      acknowledged: false,
      callbackType: null,
      originalMessageId: null,
      componentMessageId: payload.message?.id ?? null,
    };
    this.interactions.set(payload.token, state);
    return state;
  }

  /** The owning team as GET /applications/@me shows it, or null when a user owns the application. */
  team(): APITeam | null {
    if (this.teamMembers === null) return null;
    const id = this.application.id;
    return {
      id,
      name: 'Fake team',
      icon: null,
      owner_user_id: this.owner.id,
      members: this.teamMembers.map(({ user, role }) => ({
        user,
        team_id: id,
        permissions: ['*'],
        membership_state: TeamMemberMembershipState.Accepted,
        role: role ?? TeamMemberRole.Developer,
      })),
    };
  }

  guildIdOf(channelId: string): string | null {
    const channel = this.channels.get(channelId);
    return channel && 'guild_id' in channel && channel.guild_id ? channel.guild_id : null;
  }
}
