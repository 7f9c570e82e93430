/** What the benchmark asks: real eval questions in everyday phrasings, from many askers, so nothing is deduped or throttled. */
import { readFileSync } from 'node:fs';
import type {
  APIChatInputApplicationCommandInteraction,
  APIUser,
  GatewayMessageCreateDispatchData,
} from 'discord-api-types/v10';
import { EvalSetSchema } from '../../eval/evaluate.js';
import { snowflake, type FakeDiscord } from '../../support/fake-discord/index.js';

/**
 * Guilds in each fake world, each with two text channels: 20 channels × 234 questions × 8 phrasings
 * ≈ 37,000 distinct asks, more than one bot is sent in a run (≈ 30,000). Not more channels: a
 * default-cache bot keeps 200 messages per channel, so hundreds of channels would inflate the
 * baseline's memory and hide ours.
 */
export const GUILD_COUNT = 10;

/**
 * What each benchmark fake holds: the most recent 5,000–10,000 calls, frames, messages and
 * interactions, far more than a burst or a dedupe lookup needs. Keeping a whole run (about 35,000
 * answers, each recorded, stored and echoed) grew the bench process past 600 MB, and its GC pauses,
 * longer during the contender sending the bigger answers, were counted in that contender's latencies.
 */
export const FAKE_KEEPS_RECENT = 5_000;
/** How people wrap a question in chat; the engine answers each the same as the bare question. */
const PHRASINGS = [
  (q: string) => q,
  (q: string) => `Hey, ${lowerFirst(q)}`,
  (q: string) => `Quick question: ${lowerFirst(q)}`,
  (q: string) => `${q} Thanks!`,
  (q: string) => `Hi! ${q}`,
  (q: string) => `Can you tell me: ${lowerFirst(q)}`,
  (q: string) => `${q} Thank you.`,
  (q: string) => `I was wondering, ${lowerFirst(q)}`,
];
/** Distinct askers; each asks a handful of questions per run, far below the cooldown. */
const ASKER_COUNT = 4_000;
const SEED = 0x5eed;

/** The in-scope and out-of-scope questions of the article's eval set. */
export function readEvalQuestions(path = 'tests/eval/article.json'): string[] {
  const set = EvalSetSchema.parse(JSON.parse(readFileSync(path, 'utf8')));
  return [...set.inScope.map((item) => item.q), ...set.outOfScope];
}

/** "What is X?" → "what is X?", but "AWS …" stays. */
function lowerFirst(text: string): string {
  return /^[A-Z][a-z]/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}

/** A deterministic PRNG (mulberry32), so both bots get the same sequence. */
function randomFrom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function shuffle<T>(items: T[], random: () => number): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j] as T, items[i] as T];
  }
  return items;
}

/**
 * Builds /ask and mention payloads for one fake world. Every (channel, phrased question) pair is
 * used once before any repeats (the bot dedupes a question per channel for 60 s, at most 10,000
 * remembered), in a shuffled order; askers rotate through ASKER_COUNT users.
 */
export class Workload {
  readonly #fake: FakeDiscord;
  readonly #pairs: { channelId: string; question: string }[];
  readonly #askers: APIUser[];
  #next = 0;

  constructor(fake: FakeDiscord, questions: readonly string[]) {
    this.#fake = fake;
    const channelIds = fake.world.guilds.flatMap(({ guild }) => guild.channels.map((channel) => channel.id));
    const phrased = questions.flatMap((question) => PHRASINGS.map((phrase) => phrase(question)));
    const pairs = channelIds.flatMap((channelId) => phrased.map((question) => ({ channelId, question })));
    this.#pairs = shuffle(pairs, randomFrom(SEED));
    this.#askers = Array.from({ length: ASKER_COUNT }, (_, i) => ({
      id: snowflake(),
      username: `asker${i}`,
      discriminator: '0',
      global_name: null,
      avatar: null,
    }));
  }

  ask(): APIChatInputApplicationCommandInteraction {
    const { channelId, question, user } = this.#take();
    return this.#fake.build.chatInput({ name: 'ask', options: { question }, channelId, user });
  }

  /**
   * `count` /ask of one question in one channel by different askers, worded afresh per round so
   * neither bot has seen it (nor deduped it) before.
   */
  repeats(count: number, round: number): APIChatInputApplicationCommandInteraction[] {
    const channelId = this.#pairs[0]?.channelId;
    if (channelId === undefined) throw new Error('workload: no channels');
    const question = `Repeat round ${round}: what is a hyperscaler?`;
    return Array.from({ length: count }, (_, i) => {
      const user = this.#askers[(this.#next + i) % this.#askers.length];
      if (!user) throw new Error('workload: no askers');
      return this.#fake.build.chatInput({ name: 'ask', options: { question }, channelId, user });
    });
  }

  mention(): GatewayMessageCreateDispatchData {
    const { channelId, question, user } = this.#take();
    return this.#fake.build.message({ content: question, mentionBot: true, channelId, author: user });
  }

  #take(): { channelId: string; question: string; user: APIUser } {
    const index = this.#next++;
    const pair = this.#pairs[index % this.#pairs.length];
    const user = this.#askers[index % this.#askers.length];
    if (!pair || !user) throw new Error('workload: no questions or askers');
    return { ...pair, user };
  }
}
