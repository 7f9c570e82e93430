/** Discord's shard routing: guild events go to shard (guild_id >> 22) % shard_count, everything else to shard 0. */
import { GatewayDispatchEvents as E } from 'discord-api-types/v10';
import { asObject, stringField } from './json-fields.js';

export type ShardInfo = [shardId: number, shardCount: number];

const EVENTS_KEYED_BY_GUILD_ID = new Set<string>([E.GuildCreate, E.GuildUpdate, E.GuildDelete]);

export function shardOf(guildId: string, shardCount: number): number {
  return Number((BigInt(guildId) >> 22n) % BigInt(Math.max(1, shardCount)));
}

/** The `shard` field of IDENTIFY, or [0, 1] when absent; null if malformed. */
export function parseShard(raw: unknown): ShardInfo | null {
  if (raw === undefined) return [0, 1];
  if (!Array.isArray(raw) || raw.length !== 2) return null;
  const [id, count] = raw.map(Number);
  if (id === undefined || count === undefined || !Number.isInteger(id) || !Number.isInteger(count))
    return null;
  return id >= 0 && count >= 1 && id < count ? [id, count] : null;
}

/** The guild a dispatch concerns, used to pick the shard that receives it. */
export function guildOfEvent(t: string, d: unknown): string | undefined {
  const data = asObject(d);
  return (
    stringField(data, 'guild_id') ?? (EVENTS_KEYED_BY_GUILD_ID.has(t) ? stringField(data, 'id') : undefined)
  );
}
