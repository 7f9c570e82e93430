/** What the benchmark asks: real eval questions, spread over many channels and askers so nothing is deduped or throttled. */
import { readFileSync } from 'node:fs';
import type {
  APIChatInputApplicationCommandInteraction,
  APIUser,
  GatewayMessageCreateDispatchData,
} from 'discord-api-types/v10';
import { EvalSetSchema } from '../../eval/evaluate.js';
import { snowflake, type FakeDiscord } from '../../support/fake-discord/index.js';

/**
 * Guilds in each fake world; each has two text channels, so 160 channels × 234 questions ≈ 37,000
 * distinct asks, more than one bot is sent in a run (≈ 30,000).
 */
export const GUILD_COUNT = 80;
/** Distinct askers; each asks a handful of questions per run, far below the cooldown. */
const ASKER_COUNT = 4_000;
const SEED = 0x5eed;

/** The in-scope and out-of-scope questions of the article's eval set. */
export function readEvalQuestions(path = 'tests/eval/article.json'): string[] {
  const set = EvalSetSchema.parse(JSON.parse(readFileSync(path, 'utf8')));
  return [...set.inScope.map((item) => item.q), ...set.outOfScope];
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
 * Builds /ask and mention payloads for one fake world. Every (channel, question) pair is used once
 * before any repeats (the bot dedupes a question per channel for 60 s, at most 10,000 remembered),
 * in a shuffled order so mentions land on many channels; askers rotate through ASKER_COUNT users.
 */
export class Workload {
  readonly #fake: FakeDiscord;
  readonly #pairs: { channelId: string; question: string }[];
  readonly #askers: APIUser[];
  #next = 0;

  constructor(fake: FakeDiscord, questions: readonly string[]) {
    this.#fake = fake;
    const channelIds = fake.world.guilds.flatMap(({ guild }) => guild.channels.map((channel) => channel.id));
    const pairs = channelIds.flatMap((channelId) => questions.map((question) => ({ channelId, question })));
    this.#pairs = shuffle(pairs, randomFrom(SEED));
    this.#askers = Array.from({ length: ASKER_COUNT }, (_, i) => ({
      id: snowflake(),
      username: `asker${i}`,
      discriminator: '0',
      global_name: null,
      avatar: null,
    }));
  }

  /** How many asks can be built before a (channel, question) pair repeats. */
  get distinctAsks(): number {
    return this.#pairs.length;
  }

  ask(): APIChatInputApplicationCommandInteraction {
    const { channelId, question, user } = this.#take();
    return this.#fake.build.chatInput({ name: 'ask', options: { question }, channelId, user });
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
