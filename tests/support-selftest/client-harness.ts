/** Logs a real discord.js Client in to a fake Discord, and collects errors thrown by test handlers. */
import { once } from 'node:events';
import { Client, Events, GatewayIntentBits, Partials, type ClientOptions } from 'discord.js';
import type { FakeDiscord } from '../support/fake-discord/index.js';

export const TEST_INTENTS = [
  GatewayIntentBits.Guilds,
  GatewayIntentBits.GuildMessages,
  GatewayIntentBits.DirectMessages,
];

/** A client configured like the bot: REST at the fake, no REST retries and a short REST timeout. */
export function makeClient(fake: FakeDiscord, overrides: Partial<ClientOptions> = {}): Client {
  return new Client({
    intents: TEST_INTENTS,
    partials: [Partials.Channel],
    rest: { api: fake.restBase, retries: 0, timeout: 3_000 },
    ...overrides,
  });
}

export async function loginAndWaitReady(client: Client, fake: FakeDiscord): Promise<void> {
  const ready = once(client, Events.ClientReady);
  await client.login(fake.token);
  await ready;
}

/** Wraps async handlers so their failures are kept (and asserted) instead of becoming unhandled rejections. */
export class HandlerErrors {
  readonly errors: unknown[] = [];

  wrap<A extends unknown[]>(handler: (...args: A) => Promise<unknown>): (...args: A) => void {
    return (...args) => void handler(...args).catch((error: unknown) => this.errors.push(error));
  }
}

/** Resolves when `predicate` holds, polling every 10 ms. */
export async function until(predicate: () => boolean, timeoutMs = 3_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!predicate()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
