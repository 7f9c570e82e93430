/**
 * A known mix of activity for the recorded-activity tests: questions answered and declined, asked by
 * /ask, mention and DM, with several wordings of three topics the article does not cover (one of them
 * close to a passage), and 👍/👎 presses including a changed vote and a second and third voter.
 * `playMix` drives it against a running bot (gateway or HTTP endpoint) and reports what happened.
 */
import type { APIMessage, APIUser } from 'discord.js';
import { expect } from 'vitest';
import { snowflake, type FakeDiscord, type RecordedRestCall } from '../../support/fake-discord/index.js';
import { originalMessage } from './bot-harness.js';
import {
  buttonsOf,
  callbackMessage,
  createdMessageId,
  customIdWith,
  firstEmbed,
  isEphemeral,
  messageBody,
  type MessageBody,
} from './payloads.js';

/** How a question reaches the bot. */
type Way = 'ask' | 'private-ask' | 'mention' | 'dm';
type Asker = 'alice' | 'bob';

interface Planned {
  readonly text: string;
  readonly way: Way;
  readonly answered: boolean;
  readonly by?: Asker;
}

/**
 * Missing topics, each asked in several wordings (the same wording twice is one example, counted
 * twice). Chosen so the review groups them whatever order the store returns them in.
 */
export const MISSING_TOPICS = {
  tpu: ['What is a TPU?', 'Does Google make TPUs?', 'tell me about TPUs'],
  worldCup: [
    'who won the 1998 world cup',
    'which country won the world cup in 1998',
    'world cup 1998 winner',
  ],
  // Close to a passage: ¶5 says Trainium is cost-effective but names no hourly price.
  hourlyPrice: [
    'How much does Trainium cost per hour?',
    'Trainium price per hour',
    'trainium cost per hour?',
  ],
} as const;
export type MissingTopic = keyof typeof MISSING_TOPICS;
/** The passage the review should name for a topic, or null when none is close. */
export const CLOSEST_PASSAGE: Record<MissingTopic, string | null> = {
  tpu: null,
  worldCup: null,
  hourlyPrice: 'p5',
};
/** A declined question of its own (one group of one). */
export const LONE_DECLINED = 'How do I knit a scarf?';

const { tpu, worldCup, hourlyPrice } = MISSING_TOPICS;
/** In the order asked; answered and declined interleaved. */
export const MIX: readonly Planned[] = [
  { text: 'What is a GPU?', way: 'ask', answered: true },
  { text: tpu[0], way: 'ask', answered: false },
  { text: 'who makes trainium and inferentia?', way: 'ask', answered: true, by: 'bob' },
  { text: worldCup[0], way: 'ask', answered: false, by: 'bob' },
  { text: tpu[1], way: 'mention', answered: false },
  { text: 'wats a hyperscaler', way: 'ask', answered: true },
  { text: hourlyPrice[0], way: 'ask', answered: false },
  { text: 'what does GPU stand for?', way: 'mention', answered: true },
  { text: worldCup[1], way: 'dm', answered: false },
  { text: 'How many AI chips did Amazon deploy last year?', way: 'private-ask', answered: true },
  { text: hourlyPrice[1], way: 'mention', answered: false },
  { text: 'Is Graviton a training accelerator?', way: 'mention', answered: true },
  { text: tpu[2], way: 'dm', answered: false },
  { text: 'What did Anthropic agree to with AWS?', way: 'dm', answered: true },
  { text: worldCup[2], way: 'mention', answered: false },
  { text: LONE_DECLINED, way: 'ask', answered: false },
  { text: 'are US regulators looking into nvidia', way: 'dm', answered: true },
  { text: hourlyPrice[2], way: 'ask', answered: false, by: 'bob' },
  // The same wording again, elsewhere (a repeat in one channel would be linked, not answered).
  { text: tpu[0], way: 'dm', answered: false },
];

type Voter = 'alice' | 'bob' | 'carol';
/** Presses in order, on the answer to `on`. The latest press of one voter on one answer counts. */
export const VOTES: readonly { on: string; by: Voter; vote: 'up' | 'down' }[] = [
  { on: 'What is a GPU?', by: 'alice', vote: 'up' },
  { on: 'What is a GPU?', by: 'bob', vote: 'down' },
  { on: 'What is a GPU?', by: 'bob', vote: 'up' }, // bob changes his mind: GPU 2 👍
  { on: 'who makes trainium and inferentia?', by: 'alice', vote: 'down' },
  { on: 'who makes trainium and inferentia?', by: 'carol', vote: 'down' }, // 2 👎
  { on: 'wats a hyperscaler', by: 'alice', vote: 'down' },
  { on: 'wats a hyperscaler', by: 'alice', vote: 'down' }, // pressed twice: one 👎
  { on: 'wats a hyperscaler', by: 'bob', vote: 'up' }, // 1 👍 1 👎
  { on: 'Is Graviton a training accelerator?', by: 'bob', vote: 'up' }, // a mention's answer
  { on: 'What did Anthropic agree to with AWS?', by: 'alice', vote: 'down' }, // in a DM: 1 👎
];
/** What VOTES add up to. */
export const FEEDBACK = { up: 4, down: 4 };
/** The answers with a 👎, as the review lists them: most 👎 first, then fewest 👍. */
export const DISLIKED: readonly { on: string; up: number; down: number }[] = [
  { on: 'who makes trainium and inferentia?', up: 0, down: 2 },
  { on: 'What did Anthropic agree to with AWS?', up: 0, down: 1 },
  { on: 'wats a hyperscaler', up: 1, down: 1 },
];

/** How the mix reaches the bot. */
export interface MixTransport {
  /** Delivers an interaction and resolves with its callback (gateway: fake.interact; HTTP: deliver). */
  readonly interact: (payload: Parameters<FakeDiscord['interact']>[0]) => Promise<RecordedRestCall>;
  /** Guild channels to spread guild questions over, round robin (e.g. one per shard). */
  readonly channels: readonly string[];
  /** Interactions only (the HTTP endpoint): mentions become /ask in the channel, DMs /ask in the DM. */
  readonly commandsOnly?: boolean;
}

/** One question as it went: where, whether answered, and the answer's entry and message. */
export interface PlayedQuestion {
  readonly planned: Planned;
  readonly guildId: string | null;
  readonly channelId: string | null;
  readonly answered: boolean;
  /** The answer's entry id (from its 👍 button) and title (the entry's question); null when declined. */
  readonly entry: { readonly id: string; readonly question: string } | null;
  readonly body: MessageBody;
  readonly message: APIMessage | undefined;
}

const user = (username: string): APIUser => ({
  id: snowflake(),
  username,
  discriminator: '0',
  global_name: username,
  avatar: null,
});

/** Asks every question of MIX, then presses every vote of VOTES; checks each reply as it goes. */
export async function playMix(fake: FakeDiscord, transport: MixTransport): Promise<PlayedQuestion[]> {
  const users: Record<Voter, APIUser> = { alice: fake.world.user, bob: user('bob'), carol: user('carol') };
  let turn = 0;
  const nextChannel = (): string => {
    const channel = transport.channels[turn++ % transport.channels.length];
    if (channel === undefined) throw new Error('playMix needs at least one guild channel');
    return channel;
  };
  const played: PlayedQuestion[] = [];
  for (const planned of MIX) {
    const asker = users[planned.by ?? 'alice'];
    const inDm = planned.way === 'dm';
    const channelId = inDm ? null : nextChannel();
    const place = channelId === null ? { in: 'dm' as const } : { channelId };
    let body: MessageBody;
    let message: APIMessage | undefined;
    if (planned.way === 'ask' || planned.way === 'private-ask' || transport.commandsOnly) {
      const options = { question: planned.text, ...(planned.way === 'private-ask' ? { private: true } : {}) };
      const payload = fake.build.chatInput({ name: 'ask', options, user: asker, ...place });
      body = callbackMessage(await transport.interact(payload));
      expect(isEphemeral(body), planned.text).toBe(planned.way === 'private-ask');
      message = planned.way === 'private-ask' ? undefined : originalMessage(fake, payload);
    } else {
      const sent = fake.dispatchMessage({
        content: planned.text,
        author: asker,
        ...(channelId === null ? { in: 'dm' as const } : { channelId, mentionBot: true }),
      });
      const reply = await fake.waitForReplyTo(sent.id);
      body = messageBody(reply);
      message = fake.world.messages.get(createdMessageId(reply));
    }
    const answered = buttonsOf(body).some((b) => b.custom_id?.startsWith('fb:'));
    expect(answered, `"${planned.text}" answered`).toBe(planned.answered);
    const entry = answered
      ? {
          id: customIdWith(body, 'fb:up:').slice('fb:up:'.length),
          question: firstEmbed(body).title ?? '',
        }
      : null;
    const guildId = channelId === null ? null : (fake.world.guildIdOf(channelId) ?? null);
    played.push({ planned, guildId, channelId, answered, entry, body, message });
  }
  for (const { on, by, vote } of VOTES) {
    const answer = played.find((p) => p.planned.text === on);
    if (answer?.message === undefined) throw new Error(`no public answer to "${on}" to vote on`);
    const place = answer.channelId === null ? { in: 'dm' as const } : { channelId: answer.channelId };
    const customId = customIdWith(answer.body, `fb:${vote}:`);
    const payload = fake.build.button({ customId, message: answer.message, user: users[by], ...place });
    expect(
      isEphemeral(callbackMessage(await transport.interact(payload))),
      `${by}'s ${vote} on "${on}"`,
    ).toBe(true);
  }
  return played;
}

/** The played answer to `text`. */
export function answerTo(played: readonly PlayedQuestion[], text: string): PlayedQuestion {
  const found = played.find((p) => p.planned.text === text);
  if (found === undefined) throw new Error(`"${text}" is not in the mix`);
  return found;
}
