import { REST, Routes } from 'discord.js';
import type { RESTGetAPIGatewayBotResult } from 'discord-api-types/v10';

/**
 * Discord's recommended shard count from GET /gateway/bot, through the configured API base
 * (discord.js's ShardingManager would always ask discord.com).
 */
export async function fetchShardCount(apiUrl: string, token: string): Promise<number> {
  const rest = new REST({ api: apiUrl, timeout: 10_000, retries: 2 }).setToken(token);
  const result = (await rest.get(Routes.gatewayBot())) as RESTGetAPIGatewayBotResult;
  return Math.max(1, result.shards);
}
