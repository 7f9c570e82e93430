import type { REST } from 'discord.js';
import type { Logger } from '../logging/logger.js';
import { createMetrics, type Metrics } from '../metrics/metrics.js';
import { NO_RECORDER, type Activity, type ActivityQuery, type Recorder } from '../store/records.js';
import { createCooldown, type Cooldown } from './abuse/cooldown.js';
import { createDedupe, type Dedupe } from './abuse/dedupe.js';
import type { Clock } from './abuse/expiring-map.js';
import { createAnswerCache, type ComposeAnswer } from './answer-cache.js';
import type { FetchOwner } from './fetch-owner.js';
import type { KnowledgeStore } from '../knowledge/knowledge-store.js';
import { readVersion } from './read-version.js';
import type { ReloadResult } from '../knowledge/reload-knowledge.js';

/** Reads stored questions, day counts and votes (see the store). */
export type ReadActivity = (query: ActivityQuery) => Promise<Activity>;

/** What every handler may use, whichever transport brought the question: no gateway client in it. */
export interface BotContext {
  readonly store: KnowledgeStore;
  readonly logger: Logger;
  readonly cooldown: Cooldown;
  readonly dedupe: Dedupe;
  /** The engine's answers, rendered once per request and knowledge base. */
  readonly composeAnswer: ComposeAnswer;
  /**
   * REST for the interaction webhook (edits, follow-ups, finding an answer's message: no token
   * needed) and, when it carries the bot token, chat replies and deleting answers.
   */
  readonly rest: REST;
  /** Where each question and vote is handed for keeping. */
  readonly recorder: Recorder;
  /** Reads back what the recorder kept, for /stats; undefined when nothing is stored. */
  readonly readActivity: ReadActivity | undefined;
  /** The bot's version, from package.json. */
  readonly version: string;
  /** The content folder (failure reports name files relative to it). */
  readonly contentDir: string;
  /** Besides the application's owner or team, members with Manage Server here may reload. */
  readonly adminGuildId: string | undefined;
  /** Recompiles the content folder; the old knowledge keeps serving if it is broken. */
  readonly reload: () => Promise<ReloadResult>;
  /** Who owns the application, for /reload; undefined: only the admin guild's managers may reload. */
  readonly fetchOwner: FetchOwner | undefined;
  /** Where the flow and the buttons count what happened (GET /metrics reads it). */
  readonly metrics: Metrics;
}

/** The parts a transport supplies to build a BotContext; the rest is created here. */
export interface BotContextParts {
  /** The knowledge every answer reads (a reload swaps it). */
  readonly store: KnowledgeStore;
  readonly logger: Logger;
  /** REST for webhook routes; set the bot token on it where there is one (see BotContext.rest). */
  readonly rest: REST;
  /** The content folder, as configured (CONTENT_DIR). */
  readonly contentDir: string;
  /** Recompiles the content folder and swaps it into `store`. */
  readonly reload: () => Promise<ReloadResult>;
  /** Questions per user and window (COOLDOWN_QUESTIONS, COOLDOWN_SECONDS). */
  readonly cooldown: { readonly questions: number; readonly seconds: number };
  /** ADMIN_GUILD_ID: members with Manage Server there may /reload. */
  readonly adminGuildId?: string | undefined;
  /** Who owns the application (see fetchApplicationOwner); omit when it cannot be asked. */
  readonly fetchOwner?: FetchOwner | undefined;
  /** Where questions and votes go; defaults to NO_RECORDER (keeps nothing). */
  readonly recorder?: Recorder;
  /** The store's reader for /stats; omit when nothing is stored. */
  readonly readActivity?: ReadActivity | undefined;
  /** Defaults to package.json's version. */
  readonly version?: string;
  /** Clock for cooldown and dedupe (tests move time by hand); defaults to Date.now. */
  readonly now?: Clock;
  /** The serving process's metrics; defaults to a fresh set nobody scrapes. */
  readonly metrics?: Metrics;
}

/** Builds the context every handler reads, from a transport's parts, with fresh abuse guards and answer cache. */
export function createBotContext(parts: BotContextParts): BotContext {
  return {
    store: parts.store,
    logger: parts.logger,
    cooldown: createCooldown({
      questions: parts.cooldown.questions,
      windowMs: parts.cooldown.seconds * 1000,
      now: parts.now,
    }),
    dedupe: createDedupe({ now: parts.now }),
    composeAnswer: createAnswerCache(),
    rest: parts.rest,
    recorder: parts.recorder ?? NO_RECORDER,
    readActivity: parts.readActivity,
    version: parts.version ?? readVersion(),
    contentDir: parts.contentDir,
    adminGuildId: parts.adminGuildId,
    reload: parts.reload,
    fetchOwner: parts.fetchOwner,
    metrics: parts.metrics ?? createMetrics(),
  };
}
