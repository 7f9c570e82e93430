/** What real Discord withholds from a session, depending on the intents it identified with. */
import { GatewayDispatchEvents as E, GatewayIntentBits as I } from 'discord-api-types/v10';
import { asObject, arrayField, stringField } from './json-fields.js';

/** Events that need one intent in guilds and another in DMs: [guild intent, DM intent]. */
const SPLIT_INTENTS: Partial<Record<string, [number, number]>> = {
  [E.MessageCreate]: [I.GuildMessages, I.DirectMessages],
  [E.MessageUpdate]: [I.GuildMessages, I.DirectMessages],
  [E.MessageDelete]: [I.GuildMessages, I.DirectMessages],
  [E.MessageDeleteBulk]: [I.GuildMessages, I.DirectMessages],
  [E.TypingStart]: [I.GuildMessageTyping, I.DirectMessageTyping],
  [E.MessageReactionAdd]: [I.GuildMessageReactions, I.DirectMessageReactions],
  [E.MessageReactionRemove]: [I.GuildMessageReactions, I.DirectMessageReactions],
};

const GUILD_ONLY_INTENTS: Partial<Record<string, number>> = {
  [E.GuildMemberAdd]: I.GuildMembers,
  [E.GuildMemberUpdate]: I.GuildMembers,
  [E.GuildMemberRemove]: I.GuildMembers,
  [E.PresenceUpdate]: I.GuildPresences,
};

/** Whether Discord would send this dispatch to a session with these intents. */
export function isDelivered(t: string, d: unknown, intents: number): boolean {
  const guildOnly = GUILD_ONLY_INTENTS[t];
  if (guildOnly !== undefined) return (intents & guildOnly) !== 0;
  const split = SPLIT_INTENTS[t];
  if (!split) return true;
  const inGuild = stringField(asObject(d), 'guild_id') !== undefined;
  return (intents & (inGuild ? split[0] : split[1])) !== 0;
}

const CONTENT_EVENTS = new Set<string>([E.MessageCreate, E.MessageUpdate]);

/**
 * Without the privileged MessageContent intent, guild messages arrive with empty content, embeds,
 * attachments and components — unless the bot wrote them or is mentioned. DMs are unaffected.
 */
export function withContentIntent(t: string, d: unknown, intents: number, botId: string): unknown {
  if (!CONTENT_EVENTS.has(t) || (intents & I.MessageContent) !== 0) return d;
  const message = asObject(d);
  if (stringField(message, 'guild_id') === undefined) return d;
  if (stringField(asObject(message['author']), 'id') === botId) return d;
  if (arrayField(message, 'mentions').some((u) => stringField(asObject(u), 'id') === botId)) return d;
  const blanked: Record<string, unknown> = {
    ...message,
    content: '',
    embeds: [],
    attachments: [],
    components: [],
  };
  delete blanked['poll'];
  return blanked;
}
