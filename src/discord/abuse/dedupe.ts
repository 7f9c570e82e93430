import { ExpiringMap, type Clock } from './expiring-map.js';

/**
 * Where an answer was posted. Mention replies know their message id; interaction replies do not say
 * which message they became, so they carry a way to ask Discord, used only if a repeat comes.
 */
export interface AnswerPlace {
  readonly guildId: string | null;
  readonly channelId: string;
  readonly messageId: string | null;
  /** Asks Discord for the answer's message id; rejects when it is gone (10008) or cannot be asked. */
  readonly findMessageId?: () => Promise<string>;
}

/** A question already answered here: the link to the answer, or null while it is being looked up. */
export interface EarlierAnswer {
  readonly link: string | null;
}

/** Remembers where a question was just answered in a channel, to point at it instead of repeating. */
export interface Dedupe {
  /**
   * The earlier answer to this question in this channel, if still fresh. Never waits: an answer
   * whose message is not known yet comes back without a link, and is looked up (once) meanwhile.
   */
  find(channelId: string, question: string, kind?: string): EarlierAnswer | undefined;
  remember(channelId: string, question: string, place: AnswerPlace, kind?: string): void;
  /** Forgets the answer posted as this message (it was deleted), so no repeat links to it. */
  forget(messageId: string): void;
}

export interface DedupeOptions {
  readonly windowMs?: number;
  readonly maxEntries?: number;
  readonly now?: Clock;
}

interface Entry {
  readonly guildId: string | null;
  readonly channelId: string;
  messageId: string | null;
  findMessageId: (() => Promise<string>) | null;
}

/** Creates the dedupe memory: 60 s per question and channel, bounded in size. */
export function createDedupe(options: DedupeOptions = {}): Dedupe {
  const windowMs = options.windowMs ?? 60_000;
  const maxEntries = options.maxEntries ?? 10_000;
  const seen = new ExpiringMap<string, Entry>(windowMs, maxEntries, options.now);
  // Message id → key in `seen`, to forget a deleted answer.
  const byMessage = new ExpiringMap<string, string>(windowMs, maxEntries, options.now);
  // A question is looked up, then remembered: normalise it once.
  let last = { question: '', normalized: '' };
  const normalized = (question: string): string => {
    if (last.question !== question) last = { question, normalized: normalizeQuestion(question) };
    return last.normalized;
  };
  // Kinds of request never share an answer: /glossary gpu is not /ask gpu.
  const key = (channelId: string, question: string, kind = 'question') =>
    `${channelId}\u0000${kind}\u0000${normalized(question)}`;
  // "???" and "🤔🤔" both normalise to nothing; they are not the same question.
  const comparable = (question: string) => normalized(question).length > 0;

  const located = (k: string, entry: Entry, messageId: string) => {
    entry.messageId = messageId;
    if (seen.get(k) === entry) byMessage.set(messageId, k);
  };
  // One lookup per answer at most, in the background: the caller has already responded.
  const lookUp = (k: string, entry: Entry, findMessageId: () => Promise<string>) => {
    entry.findMessageId = null;
    findMessageId().then(
      (messageId) => located(k, entry, messageId),
      // Gone (10008) or unreachable: forget it, so the next repeat gets a fresh answer, not a dead link.
      () => {
        if (seen.get(k) === entry) seen.delete(k);
      },
    );
  };

  return {
    find: (channelId, question, kind) => {
      if (!comparable(question)) return undefined;
      const k = key(channelId, question, kind);
      const entry = seen.get(k);
      if (entry === undefined) return undefined;
      if (entry.messageId !== null)
        return { link: messageUrl(entry.guildId, entry.channelId, entry.messageId) };
      if (entry.findMessageId !== null) lookUp(k, entry, entry.findMessageId);
      return { link: null };
    },
    remember: (channelId, question, place, kind) => {
      if (!comparable(question)) return;
      const k = key(channelId, question, kind);
      const entry: Entry = {
        guildId: place.guildId,
        channelId: place.channelId,
        messageId: null,
        findMessageId: place.findMessageId ?? null,
      };
      seen.set(k, entry);
      if (place.messageId !== null) located(k, entry, place.messageId);
    },
    forget: (messageId) => {
      const k = byMessage.get(messageId);
      if (k === undefined) return;
      byMessage.delete(messageId);
      if (seen.get(k)?.messageId === messageId) seen.delete(k);
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
