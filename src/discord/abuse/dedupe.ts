import { ExpiringMap, type Clock } from './expiring-map.js';

/** Remembers where a question was just answered in a channel, to point at it instead of repeating. */
export interface Dedupe {
  /** The link to the earlier answer for this question in this channel, if still fresh. */
  find(channelId: string, question: string): string | undefined;
  remember(channelId: string, question: string, messageUrl: string): void;
}

export interface DedupeOptions {
  readonly windowMs?: number;
  readonly maxEntries?: number;
  readonly now?: Clock;
}

/** Creates the dedupe memory: 60 s per question and channel, bounded in size. */
export function createDedupe(options: DedupeOptions = {}): Dedupe {
  const seen = new ExpiringMap<string, string>(
    options.windowMs ?? 60_000,
    options.maxEntries ?? 10_000,
    options.now,
  );
  const key = (channelId: string, question: string) => `${channelId}\u0000${normalizeQuestion(question)}`;
  // "???" and "🤔🤔" both normalise to nothing; they are not the same question.
  const comparable = (question: string) => normalizeQuestion(question).length > 0;
  return {
    find: (channelId, question) => (comparable(question) ? seen.get(key(channelId, question)) : undefined),
    remember: (channelId, question, url) => {
      if (comparable(question)) seen.set(key(channelId, question), url);
    },
  };
}

/** Case, punctuation and spacing do not make a question new. */
export function normalizeQuestion(question: string): string {
  return question
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** A jump link to a message; DMs use `@me` in place of the guild id. */
export function messageUrl(guildId: string | null, channelId: string, messageId: string): string {
  return `https://discord.com/channels/${guildId ?? '@me'}/${channelId}/${messageId}`;
}
