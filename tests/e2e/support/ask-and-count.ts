/** Asks a bot numbered questions over /ask and reads back which ones its SQLite or PostgreSQL store kept. */
import { setTimeout as delay } from 'node:timers/promises';
import { expect } from 'vitest';
import type { StoreConfig } from '../../../src/config/parse-config.js';
import type { FakeDiscord, InteractionRef } from '../../support/fake-discord/index.js';
import { withRaw } from '../../store/support/raw-database.js';
import type { LogRecord } from './log-capture.js';
import { ROUTES } from './payloads.js';

/** `count` distinct questions, half about the article, half not (answered and declined both stored). */
export function numberedQuestions(count: number, label = 'q'): string[] {
  return Array.from({ length: count }, (_, i) =>
    i % 2 === 0 ? `What is a GPU? (${label}${i})` : `How do I knit a scarf? (${label}${i})`,
  );
}

/** Asks each question by /ask in the given channels in turn, one after another, waiting for each answer. */
export async function askAll(
  fake: FakeDiscord,
  questions: readonly string[],
  channels: readonly string[],
): Promise<void> {
  for (const [i, question] of questions.entries())
    await fake.interact(
      fake.build.chatInput({ name: 'ask', options: { question }, channelId: channels[i % channels.length] }),
    );
}

/** The question texts the store holds, sorted. */
export async function storedQuestions(config: StoreConfig): Promise<string[]> {
  const rows = await withRaw(config, (db) => db.selectFrom('questions').select('question').execute());
  return rows.map((row) => row.question).sort();
}

/** Sends `signal` to every pid still running (a process that has exited already is skipped). */
export function signalAll(pids: readonly number[], signal: NodeJS.Signals): void {
  for (const pid of pids)
    try {
      process.kill(pid, signal);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ESRCH') throw error;
    }
}

/** `signal` to every pid, then again `gapMs` later: a terminal's Ctrl-C or a supervisor's stop, plus npm's forwarding. */
export async function signalTwice(pids: readonly number[], signal: NodeJS.Signals, gapMs = 2): Promise<void> {
  signalAll(pids, signal);
  await delay(gapMs);
  signalAll(pids, signal);
}

/**
 * Asks one more question whose answer Discord is slow to accept (`ms`), and resolves once the bot has
 * sent it: the reply is in flight, so a shutdown begun now waits for it. Resolves with the interaction.
 */
export async function askSlowly(
  fake: FakeDiscord,
  question: string,
  channelId: string,
  ms: number,
): Promise<InteractionRef> {
  fake.faults.rest.delay(ROUTES.callback, ms, 1);
  const ref = fake.dispatchInteraction(
    fake.build.chatInput({ name: 'ask', options: { question }, channelId }),
  );
  await fake.waitForInteractionCall(ref);
  return ref;
}

/** The "ignored" lines of repeated stop signals in a process's logs: at least one, each naming the signal. */
export function expectIgnored(logs: readonly LogRecord[], signal: string): void {
  const ignored = logs.filter((r) => r['event'] === 'shutdown' && r['signal'] === signal);
  expect(ignored.length).toBeGreaterThanOrEqual(1);
  for (const line of ignored)
    expect(line.msg).toBe(`${signal} while shutting down: ignored; the store is written before exit`);
}
