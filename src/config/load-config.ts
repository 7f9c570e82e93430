import { existsSync } from 'node:fs';
import { CONFIG_VARIABLES, EMPTY_REFUSED, parseConfig, type Config } from './parse-config.js';

/**
 * Reads `.env` (when present; real environment variables win) and parses the process environment.
 * The only place in the codebase that touches process.env. Throws ConfigError.
 */
export function loadConfig(envFile = '.env'): Config {
  if (existsSync(envFile)) process.loadEnvFile(envFile);
  // An empty value means unset; discord.js reads SHARD_COUNT itself and rejects an empty one. An
  // empty DISCORD_API_URL stays for parseConfig to refuse (see EMPTY_REFUSED).
  for (const name of CONFIG_VARIABLES)
    if (process.env[name] === '' && !EMPTY_REFUSED.has(name)) delete process.env[name];
  return parseConfig(process.env);
}
