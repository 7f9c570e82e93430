import { z } from 'zod';
import { ConfigError, type ConfigProblem } from './config-error.js';
import { LOG_LEVELS, type Config, type InteractionsEndpointConfig } from './config.js';
import {
  CONFIG_VARIABLES,
  DEFAULT_STARTUP_TIMEOUT_SECONDS,
  expectedOf,
  MAX_SHARD_COUNT,
  MAX_STARTUP_TIMEOUT_SECONDS,
  MIN_STARTUP_TIMEOUT_SECONDS,
} from './expected-values.js';
import { metricsConfigOf } from './metrics-config.js';
import { parseShardList } from './parse-shard-list.js';

export { CONFIG_VARIABLES, expectedOf, MAX_SHARD_COUNT } from './expected-values.js';
export {
  LOG_LEVELS,
  type Config,
  type InteractionsEndpointConfig,
  type LogLevel,
  type StoreConfig,
} from './config.js';

const snowflake = z.string().regex(/^\d{1,20}$/);
const wholeNumber = (min: number, max: number) =>
  z.string().regex(/^\d+$/).transform(Number).pipe(z.number().int().min(min).max(max));

const schema = z.object({
  // Printable ASCII only: anything else cannot go in an HTTP header, and discord.js would fail with a
  // message that does not name the variable.
  DISCORD_TOKEN: z
    .string()
    .max(512)
    .regex(/^[\x21-\x7e]+$/)
    .optional(),
  DISCORD_APPLICATION_ID: snowflake.optional(),
  DISCORD_GUILD_ID: snowflake.optional(),
  ADMIN_GUILD_ID: snowflake.optional(),
  DISCORD_API_URL: z
    .url({ protocol: /^https?$/ })
    .transform((url) => url.replace(/\/+$/, ''))
    .default('https://discord.com/api'),
  CONTENT_DIR: z.string().default('content'),
  LOG_LEVEL: z.enum(LOG_LEVELS).default('info'),
  NODE_ENV: z.enum(['development', 'production', 'test']).optional(),
  COOLDOWN_QUESTIONS: wholeNumber(1, 1000).default(5),
  COOLDOWN_SECONDS: wholeNumber(1, 86_400).default(30),
  SHARD_COUNT: z.union([z.literal('auto'), wholeNumber(1, MAX_SHARD_COUNT)]).optional(),
  SHARD_LIST: z
    .string()
    .regex(/^\d+(-\d+)?(,\d+(-\d+)?)*$/)
    .optional(),
  STARTUP_TIMEOUT_SECONDS: wholeNumber(MIN_STARTUP_TIMEOUT_SECONDS, MAX_STARTUP_TIMEOUT_SECONDS).default(
    DEFAULT_STARTUP_TIMEOUT_SECONDS,
  ),
  DISCORD_PUBLIC_KEY: z
    .string()
    .regex(/^[0-9a-fA-F]{64}$/)
    .transform((key) => key.toLowerCase())
    .optional(),
  INTERACTIONS_PORT: wholeNumber(1, 65_535).optional(),
  INTERACTIONS_PATH: z
    .string()
    .max(200)
    .regex(/^\/[\x21-\x7e]*$/)
    .refine((path) => !/[?#]/.test(path))
    .default('/interactions'),
  STORAGE: z
    .enum(['on', 'off'])
    .transform((value) => value === 'on')
    .default(true),
  DATA_DIR: z.string().default('data'),
  // The driver decodes the user, password and database: a bare `%` there would fail every
  // connection with "URI malformed", so it is refused here, naming the variable.
  DATABASE_URL: z
    .url({ protocol: /^postgres(ql)?$/ })
    .refine(hasDecodableParts)
    .optional(),
  QUESTION_RETENTION_DAYS: wholeNumber(1, 3650).default(30),
  STORE_QUESTIONS: z
    .enum(['true', 'false'])
    .transform((value) => value === 'true')
    .default(true),
  METRICS_PORT: wholeNumber(1, 65_535).optional(),
  INTERACTIONS_METRICS: z
    .enum(['on', 'off'])
    .transform((value) => value === 'on')
    .default(true),
});

/**
 * Set but empty, these are refused when the bot connects to Discord: an empty API base would silently
 * send the token to the default host, which is rarely what someone who wrote the line meant.
 */
export const EMPTY_REFUSED: ReadonlySet<string> = new Set(['DISCORD_API_URL']);

/**
 * Parses an environment record. An empty value counts as unset (but see EMPTY_REFUSED) (a `.env` copied from `.env.example`
 * leaves most of them empty); a value of only whitespace is refused, since someone did type it and
 * a silent default (another API host, another shard count) would hide the mistake.
 * Throws ConfigError naming each bad variable.
 */
export function parseConfig(env: Readonly<Record<string, string | undefined>>): Config {
  const present: Record<string, string> = {};
  const problems: ConfigProblem[] = [];
  const bot = (env.DISCORD_TOKEN ?? '').trim() !== '';
  for (const name of CONFIG_VARIABLES) {
    const raw = env[name];
    if (raw === '' && bot && EMPTY_REFUSED.has(name))
      problems.push({
        variable: name,
        expected: `${expectedOf(name)}, not empty (remove the line to use the default)`,
      });
    if (raw === undefined || raw === '') continue;
    const value = raw.trim();
    if (value === '')
      problems.push({ variable: name, expected: `${expectedOf(name)}, not blank (leave it empty to unset)` });
    else present[name] = value;
  }
  const result = schema.safeParse(present);
  if (!result.success) {
    const names = new Set(result.error.issues.map((issue) => String(issue.path[0] ?? 'environment')));
    problems.push(...[...names].map((variable) => problem(variable)));
  }
  if (problems.length > 0 || !result.success) throw new ConfigError(problems);
  const e = result.data;
  const total = e.SHARD_COUNT;
  let shardList: readonly number[] | undefined;
  if (e.SHARD_LIST !== undefined) {
    if (typeof total !== 'number') throw new ConfigError([problem('SHARD_LIST')]);
    const parsed = parseShardList(e.SHARD_LIST, total);
    if ('problem' in parsed) throw new ConfigError([{ variable: 'SHARD_LIST', expected: parsed.problem }]);
    shardList = parsed.ids;
  }
  const shardedChild = env.SHARDING_MANAGER !== undefined && env.SHARDING_MANAGER !== '';
  const metrics = metricsConfigOf(e, shardedChild && typeof total === 'number' ? total : undefined);
  return {
    token: e.DISCORD_TOKEN,
    applicationId: e.DISCORD_APPLICATION_ID,
    guildId: e.DISCORD_GUILD_ID,
    adminGuildId: e.ADMIN_GUILD_ID,
    apiUrl: e.DISCORD_API_URL,
    contentDir: e.CONTENT_DIR,
    logLevel: e.LOG_LEVEL,
    development: e.NODE_ENV === 'development',
    cooldown: { questions: e.COOLDOWN_QUESTIONS, seconds: e.COOLDOWN_SECONDS },
    shardCount: e.SHARD_COUNT,
    shardList,
    startupTimeoutMs: e.STARTUP_TIMEOUT_SECONDS * 1000,
    shardedChild,
    publicKey: e.DISCORD_PUBLIC_KEY,
    interactions: interactionsEndpoint(e.DISCORD_PUBLIC_KEY, e.INTERACTIONS_PORT, e.INTERACTIONS_PATH),
    store: {
      enabled: e.STORAGE,
      dataDir: e.DATA_DIR,
      databaseUrl: e.DATABASE_URL,
      retentionDays: e.QUESTION_RETENTION_DAYS,
      storeQuestions: e.STORE_QUESTIONS,
    },
    metrics,
  };
}

/** True when the URL's user, password and path decode (no `%` that does not start an escape). */
function hasDecodableParts(url: string): boolean {
  try {
    const parsed = new URL(url);
    for (const part of [parsed.username, parsed.password, parsed.pathname]) decodeURIComponent(part);
    return true;
  } catch {
    return false;
  }
}

/** The endpoint when a port is set; a port without the key cannot verify anything, so it is refused. */
function interactionsEndpoint(
  publicKey: string | undefined,
  port: number | undefined,
  path: string,
): InteractionsEndpointConfig | undefined {
  if (port === undefined) return undefined;
  if (publicKey === undefined)
    throw new ConfigError([
      {
        variable: 'DISCORD_PUBLIC_KEY',
        expected: `${expectedOf('DISCORD_PUBLIC_KEY')}, set when INTERACTIONS_PORT is`,
      },
    ]);
  return { publicKey, port, path };
}

/**
 * The endpoint `npm run start:http` serves: it is all that process does, so both variables are required.
 * Throws ConfigError naming each missing one.
 */
export function requireInteractionsEndpoint(config: Config): InteractionsEndpointConfig {
  if (config.interactions) return config.interactions;
  const missing =
    config.publicKey === undefined ? ['DISCORD_PUBLIC_KEY', 'INTERACTIONS_PORT'] : ['INTERACTIONS_PORT'];
  throw new ConfigError(
    missing.map((variable) => ({
      variable,
      expected: `${expectedOf(variable)} (npm run start:http needs it)`,
    })),
  );
}

function problem(variable: string): ConfigProblem {
  return { variable, expected: expectedOf(variable) };
}
