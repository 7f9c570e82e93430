import { z } from 'zod';
import { ConfigError, type ConfigProblem } from './config-error.js';

/** pino's level names. */
export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** Everything the bot reads from its environment, parsed once. */
export interface Config {
  /** Absent: the offline console runs instead of the bot. */
  readonly token: string | undefined;
  readonly applicationId: string | undefined;
  readonly guildId: string | undefined;
  /** REST base without the version, e.g. `https://discord.com/api`. */
  readonly apiUrl: string;
  readonly contentDir: string;
  readonly logLevel: LogLevel;
  readonly development: boolean;
  readonly cooldown: { readonly questions: number; readonly seconds: number };
  readonly shardCount: number | 'auto' | undefined;
  readonly shardList: readonly number[] | undefined;
  /** True inside a process spawned by discord.js's ShardingManager (it sets SHARDS and SHARD_COUNT itself). */
  readonly shardedChild: boolean;
}

// What each variable expects; error messages are built only from these, so no value is ever echoed.
const EXPECTED: Readonly<Record<string, string>> = {
  DISCORD_TOKEN: 'a bot token (non-empty, no whitespace), or unset for the offline console',
  DISCORD_APPLICATION_ID: 'a numeric Discord ID (snowflake)',
  DISCORD_GUILD_ID: 'a numeric Discord ID (snowflake)',
  DISCORD_API_URL: 'an http(s) URL such as https://discord.com/api',
  CONTENT_DIR: 'a folder path',
  LOG_LEVEL: `one of ${LOG_LEVELS.join(', ')}`,
  NODE_ENV: 'development, production or test',
  COOLDOWN_QUESTIONS: 'a whole number from 1 to 1000',
  COOLDOWN_SECONDS: 'a whole number of seconds from 1 to 86400',
  SHARD_COUNT: 'a positive whole number or "auto"',
  SHARD_LIST: 'shard ids such as "0,1,2" or "0-3" (needs a numeric SHARD_COUNT)',
};

/** Every variable the bot reads (each listed in .env.example). */
export const CONFIG_VARIABLES: readonly string[] = Object.keys(EXPECTED);

const snowflake = z.string().regex(/^\d{1,20}$/);
const wholeNumber = (min: number, max: number) =>
  z.string().regex(/^\d+$/).transform(Number).pipe(z.number().int().min(min).max(max));

const schema = z.object({
  DISCORD_TOKEN: z.string().regex(/^\S+$/).optional(),
  DISCORD_APPLICATION_ID: snowflake.optional(),
  DISCORD_GUILD_ID: snowflake.optional(),
  DISCORD_API_URL: z
    .url({ protocol: /^https?$/ })
    .transform((url) => url.replace(/\/+$/, ''))
    .default('https://discord.com/api'),
  CONTENT_DIR: z.string().default('content'),
  LOG_LEVEL: z.enum(LOG_LEVELS).default('info'),
  NODE_ENV: z.enum(['development', 'production', 'test']).optional(),
  COOLDOWN_QUESTIONS: wholeNumber(1, 1000).default(5),
  COOLDOWN_SECONDS: wholeNumber(1, 86_400).default(30),
  SHARD_COUNT: z.union([z.literal('auto'), wholeNumber(1, 100_000)]).optional(),
  SHARD_LIST: z
    .string()
    .regex(/^\d+(-\d+)?(,\d+(-\d+)?)*$/)
    .transform(expandShardList)
    .optional(),
});

/** Expands "0-2,5" to [0, 1, 2, 5]. */
function expandShardList(text: string): number[] {
  const ids = new Set<number>();
  for (const part of text.split(',')) {
    const [from = 0, to = from] = part.split('-').map(Number);
    for (let id = from; id <= to; id++) ids.add(id);
  }
  return [...ids].sort((a, b) => a - b);
}

/** Parses an environment record; empty strings count as unset. Throws ConfigError naming each bad variable. */
export function parseConfig(env: Readonly<Record<string, string | undefined>>): Config {
  const present: Record<string, string> = {};
  for (const name of Object.keys(EXPECTED)) {
    const value = env[name]?.trim();
    if (value) present[name] = value;
  }
  const result = schema.safeParse(present);
  if (!result.success) {
    const names = new Set(result.error.issues.map((issue) => String(issue.path[0] ?? 'environment')));
    throw new ConfigError([...names].map((variable) => ({ variable, expected: describe(variable) })));
  }
  const e = result.data;
  const problems: ConfigProblem[] = [];
  const total = e.SHARD_COUNT;
  if (e.SHARD_LIST && typeof total !== 'number') problems.push(problem('SHARD_LIST'));
  if (e.SHARD_LIST && typeof total === 'number' && e.SHARD_LIST.some((id) => id >= total)) {
    problems.push({ variable: 'SHARD_LIST', expected: 'shard ids below SHARD_COUNT' });
  }
  if (problems.length > 0) throw new ConfigError(problems);
  return {
    token: e.DISCORD_TOKEN,
    applicationId: e.DISCORD_APPLICATION_ID,
    guildId: e.DISCORD_GUILD_ID,
    apiUrl: e.DISCORD_API_URL,
    contentDir: e.CONTENT_DIR,
    logLevel: e.LOG_LEVEL,
    development: e.NODE_ENV === 'development',
    cooldown: { questions: e.COOLDOWN_QUESTIONS, seconds: e.COOLDOWN_SECONDS },
    shardCount: e.SHARD_COUNT,
    shardList: e.SHARD_LIST,
    shardedChild: env.SHARDING_MANAGER !== undefined && env.SHARDING_MANAGER !== '',
  };
}

function describe(variable: string): string {
  return EXPECTED[variable] ?? 'a valid value';
}

function problem(variable: string): ConfigProblem {
  return { variable, expected: describe(variable) };
}
