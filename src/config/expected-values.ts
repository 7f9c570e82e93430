import { LOG_LEVELS } from './config.js';
import { METRICS_EXPECTED } from './metrics-config.js';

/**
 * The most shards SHARD_COUNT may name: 2.5 million guilds at Discord's 2,500 per shard, far beyond
 * this bot's needs, and small enough that one process can hold the shard list.
 */
export const MAX_SHARD_COUNT = 1_000;

/**
 * The shortest start-up deadline STARTUP_TIMEOUT_SECONDS may set: a healthy login against Discord
 * takes a few seconds, and discord.js alone waits up to 15 s for a large bot's guilds.
 */
export const MIN_STARTUP_TIMEOUT_SECONDS = 5;
/** The longest start-up deadline (seconds). */
export const MAX_STARTUP_TIMEOUT_SECONDS = 600;
/** The default start-up deadline (seconds). */
export const DEFAULT_STARTUP_TIMEOUT_SECONDS = 45;

// What each variable expects; error messages are built only from these, so no value is ever echoed.
const EXPECTED: Readonly<Record<string, string>> = {
  DISCORD_TOKEN:
    'a bot token as the Developer Portal shows it (printable ASCII, no spaces), or unset for the offline console',
  DISCORD_APPLICATION_ID: 'a numeric Discord ID (snowflake)',
  DISCORD_GUILD_ID: 'a numeric Discord ID (snowflake)',
  ADMIN_GUILD_ID: 'a numeric Discord ID (snowflake)',
  DISCORD_API_URL: 'an http(s) URL such as https://discord.com/api',
  CONTENT_DIR: 'an existing content folder',
  LOG_LEVEL: `one of ${LOG_LEVELS.join(', ')}`,
  NODE_ENV: 'development, production or test',
  COOLDOWN_QUESTIONS: 'a whole number from 1 to 1000',
  COOLDOWN_SECONDS: 'a whole number of seconds from 1 to 86400',
  SHARD_COUNT: `a whole number from 1 to at most ${MAX_SHARD_COUNT}, or "auto"`,
  SHARD_LIST: 'shard ids such as "0,1,2" or "0-3" (needs a numeric SHARD_COUNT)',
  STARTUP_TIMEOUT_SECONDS: `a whole number of seconds from ${MIN_STARTUP_TIMEOUT_SECONDS} to ${MAX_STARTUP_TIMEOUT_SECONDS}`,
  DISCORD_PUBLIC_KEY:
    "the application's public key as the Developer Portal shows it (64 hex characters; General Information → Public Key)",
  INTERACTIONS_PORT: 'a TCP port from 1 to 65535',
  INTERACTIONS_PATH: 'a URL path starting with / (default /interactions), without spaces, ? or #',
  STORAGE: 'on or off',
  DATA_DIR: 'a folder for the SQLite file (created if missing)',
  DATABASE_URL:
    'a PostgreSQL URL such as postgres://user:password@host:5432/database, with % and other reserved characters in the user, password or database percent-encoded (% as %25)',
  QUESTION_RETENTION_DAYS: 'a whole number of days from 1 to 3650',
  STORE_QUESTIONS: 'true or false',
  ...METRICS_EXPECTED,
};

/** Every variable the bot reads (each listed in .env.example). */
export const CONFIG_VARIABLES: readonly string[] = Object.keys(EXPECTED);

/** What a variable expects, as error messages say it. */
export function expectedOf(variable: string): string {
  return EXPECTED[variable] ?? 'a valid value';
}
