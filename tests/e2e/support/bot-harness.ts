/**
 * Runs the real bot in-process, as `npm start` does (startBot with a parsed config), against a fake
 * Discord. Logs go to memory; the token is an obviously fake one the fake Discord insists on.
 */
import type { APIMessage } from 'discord.js';
import { expect } from 'vitest';
import { parseConfig } from '../../../src/config/parse-config.js';
import type { Clock } from '../../../src/bot/abuse/expiring-map.js';
import type { LoadKnowledge } from '../../../src/knowledge/reload-knowledge.js';
import { shippedKnowledgeFirst } from './shared-knowledge.js';
import { startBot, type RunningBot } from '../../../src/app/start-bot.js';
import type { Recorder } from '../../../src/store/records.js';
import {
  startFakeDiscord,
  type FakeDiscord,
  type FakeDiscordOptions,
  type InteractionRef,
  type RecordedRestCall,
} from '../../support/fake-discord/index.js';
import { botEnv, FAKE_TOKEN } from './bot-env.js';
import { LogCapture } from './log-capture.js';

export interface BotOptions {
  /** Extra environment variables (COOLDOWN_QUESTIONS, CONTENT_DIR…). */
  env?: Record<string, string>;
  loadKnowledge?: LoadKnowledge;
  now?: Clock;
  /** Where the bot hands questions and votes (default: nowhere). */
  recorder?: Recorder;
}

/** A started bot and what it logged. */
export interface StartedBot {
  bot: RunningBot;
  logs: LogCapture;
}

/** Starts the bot against an already running fake Discord; resolves once it is ready. */
export async function startBotOn(fake: FakeDiscord, options: BotOptions = {}): Promise<StartedBot> {
  const logs = new LogCapture();
  const config = parseConfig(botEnv(fake, options.env));
  const bot = await startBot(config, {
    logger: logs.logger,
    loadKnowledge: options.loadKnowledge ?? shippedKnowledgeFirst(),
    ...(options.now ? { now: options.now } : {}),
    ...(options.recorder ? { recorder: options.recorder } : {}),
  });
  return { bot, logs };
}

export interface Harness extends StartedBot {
  fake: FakeDiscord;
}

/** A fresh fake Discord (accepting only FAKE_TOKEN) with the bot logged in to it. */
export async function startHarness(
  options: BotOptions & { fake?: FakeDiscordOptions } = {},
): Promise<Harness> {
  const fake = await startFakeDiscord({ token: FAKE_TOKEN, ...options.fake });
  try {
    return { fake, ...(await startBotOn(fake, options)) };
  } catch (error) {
    await fake.close();
    throw error;
  }
}

/** Stops the bot (gracefully), closes the fake, and checks the token never reached the log. */
export async function stopHarness(harness: Harness | undefined): Promise<void> {
  if (harness === undefined) return;
  await harness.bot.stop();
  await harness.fake.close();
  expect(harness.logs.text()).not.toContain(FAKE_TOKEN);
}

/** `/ask question` in the default guild channel (or as given); resolves with the bot's callback. */
export function ask(
  fake: FakeDiscord,
  question: string,
  place: Omit<Parameters<FakeDiscord['build']['chatInput']>[0], 'name' | 'options'> = {},
): Promise<RecordedRestCall> {
  return fake.interact(fake.build.chatInput({ name: 'ask', options: { question }, ...place }));
}

/** The message Discord stored as an interaction's original response (its reply, or the deferred placeholder). */
export function originalMessage(fake: FakeDiscord, ref: InteractionRef): APIMessage {
  const id = fake.world.interactions.get(ref.token)?.originalMessageId;
  const message = id == null ? undefined : fake.world.messages.get(id);
  if (message === undefined) throw new Error(`interaction ${ref.id} has no stored original response`);
  return message;
}

/** A guild message mentioning the bot; resolves with the bot's reply to it. */
export async function mention(
  fake: FakeDiscord,
  content: string,
  options: { channelId?: string } = {},
): Promise<RecordedRestCall> {
  const message = fake.dispatchMessage({ content, mentionBot: true, ...options });
  return fake.waitForReplyTo(message.id);
}
