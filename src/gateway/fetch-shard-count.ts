import { REST, Routes } from 'discord.js';
import type { RESTGetAPIGatewayBotResult } from 'discord-api-types/v10';
import { MAX_SHARD_COUNT } from '../config/parse-config.js';

/**
 * Discord's recommended shard count from GET /gateway/bot, through the configured API base
 * (discord.js's ShardingManager would always ask discord.com).
 */
export async function fetchShardCount(apiUrl: string, token: string): Promise<number> {
  const rest = new REST({ api: apiUrl, timeout: 10_000, retries: 2 }).setToken(token);
  const result = (await rest.get(Routes.gatewayBot())) as RESTGetAPIGatewayBotResult;
  const shards = Math.max(1, result.shards);
  // The same bound as a numeric SHARD_COUNT: past it, the shard list alone would not fit in memory.
  if (!Number.isSafeInteger(shards) || shards > MAX_SHARD_COUNT) {
    throw new Error(`Discord recommends more shards than this bot supports (at most ${MAX_SHARD_COUNT})`);
  }
  return shards;
}
