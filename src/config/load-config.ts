import { existsSync } from 'node:fs';
import { parseConfig, type Config } from './parse-config.js';

/**
 * Reads `.env` (when present; real environment variables win) and parses the process environment.
 * The only place in the codebase that touches process.env. Throws ConfigError.
 */
export function loadConfig(envFile = '.env'): Config {
  if (existsSync(envFile)) process.loadEnvFile(envFile);
  return parseConfig(process.env);
}
