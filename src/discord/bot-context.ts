import type { Logger } from '../logging/logger.js';
import type { Cooldown } from './abuse/cooldown.js';
import type { Dedupe } from './abuse/dedupe.js';
import type { ComposeAnswer } from './answer-cache.js';
import type { KnowledgeStore } from './knowledge-store.js';
import type { ReloadResult } from './reload-knowledge.js';

/** What every handler may use: the current knowledge, the logger, the abuse guards and reload. */
export interface BotContext {
  readonly store: KnowledgeStore;
  readonly logger: Logger;
  readonly cooldown: Cooldown;
  readonly dedupe: Dedupe;
  /** The engine's answers, rendered once per question text and knowledge base. */
  readonly composeAnswer: ComposeAnswer;
  /** The bot's version, from package.json. */
  readonly version: string;
  /** The content folder (failure reports name files relative to it). */
  readonly contentDir: string;
  /** Besides the application's owner or team, members with Manage Server here may reload. */
  readonly adminGuildId: string | undefined;
  /** Recompiles the content folder; the old knowledge keeps serving if it is broken. */
  readonly reload: () => Promise<ReloadResult>;
}
