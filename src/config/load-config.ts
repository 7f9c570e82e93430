import { existsSync } from 'node:fs';
import { CONFIG_VARIABLES, parseConfig, type Config } from './parse-config.js';

/**
 * Reads `.env` (when present; real environment variables win) and parses the process environment.
 * The only place in the codebase that touches process.env. Throws ConfigError.
 */
export function loadConfig(envFile = '.env'): Config {
  if (existsSync(envFile)) process.loadEnvFile(envFile);
  // An empty value means unset; discord.js reads SHARD_COUNT itself and rejects an empty one.
  for (const name of CONFIG_VARIABLES) if (process.env[name] === '') delete process.env[name];
  return parseConfig(process.env);
}
