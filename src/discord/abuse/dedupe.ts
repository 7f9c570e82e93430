import { ExpiringMap, type Clock } from './expiring-map.js';

/**
 * Where an earlier answer is: its link, or a way to find it. Interaction replies do not say
 * which message they became; asking Discord only when a repeat actually comes is cheaper than
 * asking for every reply.
 */
export type EarlierAnswer = string | (() => Promise<string | null>);

/** Remembers where a question was just answered in a channel, to point at it instead of repeating. */
export interface Dedupe {
  /** Where the earlier answer to this question in this channel is, if still fresh. */
  find(channelId: string, question: string): EarlierAnswer | undefined;
  remember(channelId: string, question: string, earlier: EarlierAnswer): void;
}

/** The link to an earlier answer, or undefined when it cannot be found (then answer again). */
export async function linkToEarlier(earlier: EarlierAnswer | undefined): Promise<string | undefined> {
  if (typeof earlier !== 'function') return earlier;
  try {
    return (await earlier()) ?? undefined;
  } catch {
    return undefined;
  }
}

export interface DedupeOptions {
  readonly windowMs?: number;
  readonly maxEntries?: number;
  readonly now?: Clock;
}

/** Creates the dedupe memory: 60 s per question and channel, bounded in size. */
export function createDedupe(options: DedupeOptions = {}): Dedupe {
  const seen = new ExpiringMap<string, EarlierAnswer>(
    options.windowMs ?? 60_000,
    options.maxEntries ?? 10_000,
    options.now,
  );
  // A question is looked up, then remembered: normalise it once.
  let last = { question: '', normalized: '' };
  const normalized = (question: string): string => {
    if (last.question !== question) last = { question, normalized: normalizeQuestion(question) };
    return last.normalized;
  };
  const key = (channelId: string, question: string) => `${channelId}\u0000${normalized(question)}`;
  // "???" and "🤔🤔" both normalise to nothing; they are not the same question.
  const comparable = (question: string) => normalized(question).length > 0;
  return {
    find: (channelId, question) => (comparable(question) ? seen.get(key(channelId, question)) : undefined),
    remember: (channelId, question, earlier) => {
      if (comparable(question)) seen.set(key(channelId, question), earlier);
    },
  };
}

/** Case, punctuation and spacing do not make a question new. */
export function normalizeQuestion(question: string): string {
  // Plain ASCII (most questions) needs no Unicode normalisation.
  if (/^[\x20-\x7e]*$/u.test(question)) {
    return question
      .toLowerCase()
      .replace(/[^a-z0-9]+/gu, ' ')
      .trim();
  }
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
