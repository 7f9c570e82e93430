import { ExpiringMap, type Clock } from './expiring-map.js';

/**
 * Where an answer was posted. Mention replies and gateway interaction replies know their message
 * id; a transport that cannot say carries a way to ask Discord, used only if a repeat comes.
 */
export interface AnswerPlace {
  readonly guildId: string | null;
  readonly channelId: string;
  readonly messageId: string | null;
  /** Asks Discord for the answer's message id; rejects when it is gone (10008) or cannot be asked. */
  readonly findMessageId?: () => Promise<string>;
}

/**
 * A question already answered here: the link to the answer, or null when it cannot be had (yet).
 * While the answer's message is being looked up, `later` settles with the link once known (or
 * undefined: it is gone, answer afresh); every repeat shares that one lookup.
 */
export interface EarlierAnswer {
  readonly link: string | null;
  readonly later?: Promise<EarlierAnswer | undefined>;
}

/** Remembers where a question was just answered in a channel, to point at it instead of repeating. */
export interface Dedupe {
  /**
   * The earlier answer to this question in this channel, if still fresh. Never waits itself; an
   * answer whose message is not known yet is looked up once, whoever asks and however often.
   */
  find(channelId: string, question: string, kind?: string): EarlierAnswer | undefined;
  /**
   * Marks the question as being answered here now, so repeats meanwhile point at it ("just above")
   * rather than answer it again. Call the result with where the answer went, or null when it could
   * not be sent.
   */
  claim(channelId: string, question: string, kind?: string): (place: AnswerPlace | null) => void;
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
  guildId: string | null;
  channelId: string;
  /** Until the answer has been sent. */
  posting: boolean;
  messageId: string | null;
  findMessageId: (() => Promise<string>) | null;
  /** The lookup of the answer's message, started by the first repeat that needs it. */
  later: Promise<EarlierAnswer | undefined> | null;
}

/** Creates the dedupe memory: 60 s per question and channel, bounded in size. */
export function createDedupe(options: DedupeOptions = {}): Dedupe {
  const windowMs = options.windowMs ?? 60_000;
  const maxEntries = options.maxEntries ?? 10_000;
  const seen = new ExpiringMap<string, Entry>(windowMs, maxEntries, options.now);
  // Message id → key in `seen`, to forget a deleted answer.
  const byMessage = new ExpiringMap<string, string>(windowMs, maxEntries, options.now);
  // A question is looked up, then claimed: normalise it once.
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
  const linkOf = (entry: Entry, messageId: string): EarlierAnswer => ({
    link: messageUrl(entry.guildId, entry.channelId, messageId),
  });
  const drop = (k: string, entry: Entry) => {
    if (seen.get(k) === entry) seen.delete(k);
  };

  const located = (k: string, entry: Entry, messageId: string) => {
    entry.messageId = messageId;
    if (seen.get(k) === entry) byMessage.set(messageId, k);
  };
  // One lookup per answer at most; every repeat meanwhile shares it.
  const lookUp = (k: string, entry: Entry): Promise<EarlierAnswer | undefined> => {
    const find = entry.findMessageId;
    entry.findMessageId = null;
    if (find === null) return Promise.resolve({ link: null });
    return find().then(
      (messageId) => {
        located(k, entry, messageId);
        return linkOf(entry, messageId);
      },
      // Gone (10008) or unreachable: forget it, so repeats get a fresh answer, not a dead link.
      () => {
        drop(k, entry);
        return undefined;
      },
    );
  };
  const settle = (k: string, entry: Entry, place: AnswerPlace | null) => {
    entry.posting = false;
    if (place === null) {
      drop(k, entry);
      return;
    }
    entry.guildId = place.guildId;
    entry.channelId = place.channelId;
    entry.findMessageId = place.findMessageId ?? null;
    if (place.messageId !== null) located(k, entry, place.messageId);
  };

  return {
    find: (channelId, question, kind) => {
      if (!comparable(question)) return undefined;
      const k = key(channelId, question, kind);
      const entry = seen.get(k);
      if (entry === undefined) return undefined;
      if (entry.messageId !== null) return linkOf(entry, entry.messageId);
      // Still being posted: it is just above, or will be in a moment. Waiting for its id would hold
      // every repeat behind the answer's own round trip, which under a burst is the burst itself.
      if (entry.posting) return { link: null };
      entry.later ??= lookUp(k, entry);
      return { link: null, later: entry.later };
    },
    claim: (channelId, question, kind) => {
      if (!comparable(question)) return () => undefined;
      const k = key(channelId, question, kind);
      const entry = newEntry(channelId);
      seen.set(k, entry);
      return (place) => settle(k, entry, place);
    },
    remember: (channelId, question, place, kind) => {
      if (!comparable(question)) return;
      const k = key(channelId, question, kind);
      const entry = newEntry(channelId);
      seen.set(k, entry);
      settle(k, entry, place);
    },
    forget: (messageId) => {
      const k = byMessage.get(messageId);
      if (k === undefined) return;
      byMessage.delete(messageId);
      if (seen.get(k)?.messageId === messageId) seen.delete(k);
    },
  };
}

function newEntry(channelId: string): Entry {
  return {
    guildId: null,
    channelId,
    posting: true,
    messageId: null,
    findMessageId: null,
    later: null,
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
