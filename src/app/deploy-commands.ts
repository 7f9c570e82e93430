import { REST } from 'discord.js';
import { ConfigError } from '../config/config-error.js';
import { loadConfig } from '../config/load-config.js';
import { applicationIdFromToken } from '../bot/application-id.js';
import { commandDefinitions } from '../bot/commands/index.js';
import { registerCommands } from '../bot/register-commands.js';

// `npm run deploy-commands`: registers the same command definitions the bot routes with.
try {
  const config = loadConfig();
  if (config.token === undefined)
    throw new ConfigError([{ variable: 'DISCORD_TOKEN', expected: 'a bot token' }]);
  const applicationId = config.applicationId ?? applicationIdFromToken(config.token);
  if (applicationId === null) {
    throw new ConfigError([
      { variable: 'DISCORD_APPLICATION_ID', expected: 'a numeric Discord ID (snowflake)' },
    ]);
  }
  const rest = new REST({ api: config.apiUrl, timeout: 10_000, retries: 2 }).setToken(config.token);
  const scope = config.guildId === undefined ? 'globally' : `in guild ${config.guildId}`;
  const count = await registerCommands(rest, { applicationId, guildId: config.guildId }, commandDefinitions);
  console.log(`Registered ${count} commands ${scope} for application ${applicationId}.`);
  if (config.guildId === undefined)
    console.log('Global commands can take a few minutes to show up in clients.');
} catch (error) {
  // Config errors name variables, never values; REST errors carry no token.
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
}
