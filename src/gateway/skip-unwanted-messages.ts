import type { Client } from 'discord.js';
import { mentionsBot } from '../bot/parse-mention.js';

/** discord.js's internal step that turns one gateway dispatch into structures and events. */
interface PacketHandler {
  handlePacket(packet: unknown, shard: unknown): boolean;
}

interface MessageCreatePacket {
  readonly t: 'MESSAGE_CREATE';
  readonly d: {
    readonly guild_id?: string;
    readonly webhook_id?: string;
    readonly author?: { readonly id?: string; readonly bot?: boolean };
    readonly mentions?: readonly { readonly id?: string }[];
    readonly content?: string;
  };
}

function isMessageCreate(packet: unknown): packet is MessageCreatePacket {
  return (
    typeof packet === 'object' &&
    packet !== null &&
    't' in packet &&
    packet.t === 'MESSAGE_CREATE' &&
    'd' in packet
  );
}

/** True for the messages the bot answers: DMs and guild messages that mention it, from people. */
export function isForBot(packet: MessageCreatePacket, botId: string | undefined): boolean {
  const { d } = packet;
  if (d.webhook_id !== undefined || d.author?.bot === true) return false;
  if (d.guild_id === undefined) return true;
  if (botId === undefined) return false;
  // The mentions list is what Discord sends; the raw <@id> in the text counts too, as for the bot's own parser.
  return (d.mentions ?? []).some((user) => user.id === botId) || mentionsBot(d.content ?? '', botId);
}

function isInteractionCreate(packet: unknown): boolean {
  return typeof packet === 'object' && packet !== null && 't' in packet && packet.t === 'INTERACTION_CREATE';
}

/**
 * With the GuildMessages intent Discord sends every message of every channel the bot can see,
 * and discord.js builds a full Message (embeds, components, mentions) for each before any
 * listener can ignore it — its own answers included. A Q&A bot needs only DMs and mentions, so
 * other messages are dropped before discord.js builds anything. Interactions are handled from
 * the raw dispatch (receive-interactions.ts), which discord.js emits before this step, so it need
 * not build an Interaction (and its user, member and channel) that nobody would read.
 *
 * This hooks a private method of discord.js 14 (WebSocketManager#handlePacket); it only saves work,
 * so where the method is missing nothing is hooked and everything still works. The end-to-end tests
 * cover mentions, DMs and every interaction.
 */
export function skipUnwantedMessages(client: Client): void {
  const manager = client.ws as unknown as Partial<PacketHandler>;
  if (typeof manager.handlePacket !== 'function') return;
  const handle = manager.handlePacket.bind(manager);
  manager.handlePacket = (packet, shard) => {
    if (isInteractionCreate(packet)) return true;
    return isMessageCreate(packet) && !isForBot(packet, client.user?.id) ? true : handle(packet, shard);
  };
}
