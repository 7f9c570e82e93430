/** The gateway events Discord sends the bot about messages it created, edited or deleted over REST. */
import {
  ChannelType,
  GatewayDispatchEvents,
  type APIMessage,
  type GatewayMessageCreateDispatchData,
} from 'discord-api-types/v10';
import type { FakeGateway } from './gateway.js';
import type { World } from './world.js';

export type MessageEchoKind = 'create' | 'update' | 'delete';

export interface MessageEcho {
  kind: MessageEchoKind;
  message: APIMessage;
}

/** MESSAGE_CREATE/UPDATE payload: the message plus guild_id, member and channel_type. */
function withGatewayFields(world: World, message: APIMessage): GatewayMessageCreateDispatchData {
  const guildId = world.guildIdOf(message.channel_id);
  if (!guildId) return { ...message, channel_type: ChannelType.DM };
  const guild = world.guilds.find((g) => g.guild.id === guildId)?.guild;
  const member = guild?.members.find((m) => m.user.id === message.author.id);
  const payload: GatewayMessageCreateDispatchData = {
    ...message,
    guild_id: guildId,
    channel_type: ChannelType.GuildText,
  };
  if (member) {
    const { roles, deaf, mute, flags, joined_at } = member;
    payload.member = { roles, deaf, mute, flags, joined_at: joined_at ?? new Date().toISOString() };
  }
  return payload;
}

/** Sends the echo if the bot has a session for that channel's shard; silently skips otherwise. */
export function sendMessageEcho(world: World, gateway: FakeGateway, { kind, message }: MessageEcho): void {
  const payload = withGatewayFields(world, message);
  if (!gateway.canDispatch(payload.guild_id)) return;
  if (kind === 'create') gateway.dispatch(GatewayDispatchEvents.MessageCreate, payload);
  else if (kind === 'update') gateway.dispatch(GatewayDispatchEvents.MessageUpdate, payload);
  else {
    const { id, channel_id, guild_id } = payload;
    gateway.dispatch(GatewayDispatchEvents.MessageDelete, {
      id,
      channel_id,
      ...(guild_id ? { guild_id } : {}),
    });
  }
}
