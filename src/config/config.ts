// What the environment is parsed into (parse-config.ts parses it; everything else reads these).
import type { MetricsConfig } from './metrics-config.js';

/** pino's level names. */
export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** Everything the bot reads from its environment, parsed once. */
export interface Config {
  /** Absent: the offline console runs instead of the bot. */
  readonly token: string | undefined;
  readonly applicationId: string | undefined;
  readonly guildId: string | undefined;
  /** Members with Manage Server here may run /reload (besides the application's owner or team). */
  readonly adminGuildId: string | undefined;
  /** REST base without the version, e.g. `https://discord.com/api`. */
  readonly apiUrl: string;
  readonly contentDir: string;
  readonly logLevel: LogLevel;
  readonly development: boolean;
  readonly cooldown: { readonly questions: number; readonly seconds: number };
  readonly shardCount: number | 'auto' | undefined;
  readonly shardList: readonly number[] | undefined;
  /**
   * STARTUP_TIMEOUT_SECONDS, in ms: how long the gateway bot's start-up (login, READY, guilds) may
   * take before it gives up, plus 7 s per extra in-process shard.
   */
  readonly startupTimeoutMs: number;
  /** True inside a process spawned by discord.js's ShardingManager (it sets SHARDS and SHARD_COUNT itself). */
  readonly shardedChild: boolean;
  /** DISCORD_PUBLIC_KEY, lowercase hex: what the interactions endpoint verifies requests with. */
  readonly publicKey: string | undefined;
  /** The HTTP interactions endpoint; set when INTERACTIONS_PORT is (DISCORD_PUBLIC_KEY then must be). */
  readonly interactions: InteractionsEndpointConfig | undefined;
  /** Where questions and votes are kept (src/store). */
  readonly store: StoreConfig;
  /** Where Prometheus metrics are served. */
  readonly metrics: MetricsConfig;
}

/** Where and what the store keeps. */
export interface StoreConfig {
  /** STORAGE=off: nothing is kept at all (no file, no connection). */
  readonly enabled: boolean;
  /** Folder of the SQLite file (created if missing); unused when databaseUrl is set. */
  readonly dataDir: string;
  /** A postgres:// URL (may hold a password: never logged or echoed). Unset: SQLite under dataDir. */
  readonly databaseUrl: string | undefined;
  /** Question and vote rows older than this are deleted. */
  readonly retentionDays: number;
  /** false: only daily answered/declined counts are kept, never a question's text or a vote. */
  readonly storeQuestions: boolean;
}

/** Where the HTTP interactions endpoint listens and the key Discord's requests are signed with. */
export interface InteractionsEndpointConfig {
  /** The application's Ed25519 public key, 64 lowercase hex characters. */
  readonly publicKey: string;
  readonly port: number;
  /** The request path, starting with `/`. */
  readonly path: string;
}
