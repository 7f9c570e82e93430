import { Client, GatewayIntentBits, Options, Partials, RESTEvents } from 'discord.js';
import { createRateLimitRetries } from '../bot/limit-rate-limit-retries.js';
import { skipUnwantedMessages } from './skip-unwanted-messages.js';

/** What the client needs from config. */
export interface ClientSettings {
  /** REST base without version; discord.js appends `/v10`. */
  readonly apiUrl: string;
  /** In-process sharding; omit under the ShardingManager, which passes shards through the environment. */
  readonly shards?: { readonly ids: readonly number[] | 'auto'; readonly count: number };
}

/**
 * The discord.js client: only the intents a Q&A bot needs (no MessageContent: mentions and DMs
 * carry their text anyway) and near-empty caches, since every handler works from event payloads.
 */
export function createClient(settings: ClientSettings): Client {
  const rateLimits = createRateLimitRetries();
  const client = new Client({
    // discord.js reads SHARD_COUNT from the environment unless shardCount differs from its default;
    // passing both keeps "auto" (our config value) away from its number-only validation.
    ...(settings.shards
      ? {
          shards: settings.shards.ids === 'auto' ? 'auto' : [...settings.shards.ids],
          shardCount: settings.shards.count,
        }
      : {}),
    intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.DirectMessages],
    // DM channels arrive uncached; without the Channel partial their messages are dropped.
    partials: [Partials.Channel],
    allowedMentions: { parse: [], repliedUser: false },
    failIfNotExists: false,
    // Every embed and component we send is already in Discord's own (snake_case) shape; discord.js's
    // default transformer would deep-copy each one to convert keys that need no converting.
    jsonTransformer: (value: unknown) => value,
    // 5xx and timeouts: 2 retries. 429s: at most 3 retries, with backoff, none past a reply window.
    rest: { api: settings.apiUrl, timeout: 10_000, retries: 2, rejectOnRateLimit: rateLimits.reject },
    // Guilds, channels, roles and permission overwrites stay cached (discord.js relies on them).
    makeCache: Options.cacheWithLimits({
      ApplicationCommandManager: 0,
      ApplicationEmojiManager: 0,
      AutoModerationRuleManager: 0,
      BaseGuildEmojiManager: 0,
      DMMessageManager: 0,
      EntitlementManager: 0,
      GuildBanManager: 0,
      GuildEmojiManager: 0,
      GuildForumThreadManager: 0,
      GuildInviteManager: 0,
      GuildMessageManager: 0,
      GuildScheduledEventManager: 0,
      GuildStickerManager: 0,
      GuildTextThreadManager: 0,
      MessageManager: 0,
      PresenceManager: 0,
      ReactionManager: 0,
      ReactionUserManager: 0,
      StageInstanceManager: 0,
      ThreadManager: 0,
      ThreadMemberManager: 0,
      VoiceStateManager: 0,
      // Only the bot itself is kept: permission checks read guild.members.me.
      GuildMemberManager: { maxSize: 0, keepOverLimit: (member) => member.id === member.client.user?.id },
      UserManager: { maxSize: 0, keepOverLimit: (user) => user.id === user.client.user?.id },
    }),
    sweepers: {
      ...Options.DefaultSweeperSettings,
      // Users and members slip in through partial paths; sweep all but the bot hourly.
      users: { interval: 3600, filter: () => (user) => user.id !== user.client.user?.id },
      guildMembers: { interval: 3600, filter: () => (member) => member.id !== member.client.user?.id },
    },
  });
  client.rest.on(RESTEvents.RateLimited, rateLimits.noteWait);
  skipUnwantedMessages(client);
  return client;
}
