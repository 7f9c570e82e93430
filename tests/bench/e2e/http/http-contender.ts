/** One endpoint under test as a child process: ours (`npm run start:http`'s node command) or the baseline server. */
import { InteractionType } from 'discord-api-types/v10';
import { startFakeDiscord, type FakeDiscord } from '../../../support/fake-discord/index.js';
import { endpointClient } from '../../../support/interactions-http/client.js';
import { createSigner } from '../../../support/interactions-http/signer.js';
import { spawnBot, type BotProcess } from '../bot-process.js';
import { whileRunning } from '../contender.js';
import { FAKE_KEEPS_RECENT, GUILD_COUNT, Workload } from '../workload.js';
import type { HttpTarget } from './http-load.js';
import { benchEnv } from '../bench-env.js';
import { freePort } from '../../../support/free-port.js';

const READY_TIMEOUT_MS = 30_000;
const PATH = '/interactions';

/** A running endpoint, the fake Discord its webhooks go to, and its workload. */
export interface HttpContender extends HttpTarget {
  readonly label: string;
  readonly bot: BotProcess;
  readonly fake: FakeDiscord;
}

/** How to start one. */
export interface HttpContenderOptions {
  readonly label: string;
  /** What follows `node`. */
  readonly args: readonly string[];
  readonly questions: readonly string[];
  readonly nodeFlags?: readonly string[];
  readonly onSpawn?: (bot: BotProcess) => void;
}

/** Starts the endpoint and resolves once it answers a signed PING. */
export async function startHttpContender(options: HttpContenderOptions): Promise<HttpContender> {
  const fake = await startFakeDiscord({ guildCount: GUILD_COUNT, keepRecent: FAKE_KEEPS_RECENT });
  const signer = createSigner();
  const port = await freePort();
  const workload = new Workload(fake, options.questions);
  // Only what the endpoint reads; no token: start:http serves without one.
  const env = benchEnv(options.label, {
    DISCORD_PUBLIC_KEY: signer.publicKeyHex,
    INTERACTIONS_PORT: String(port),
    DISCORD_API_URL: fake.restBase,
  });
  const bot = spawnBot(options.label, process.execPath, [...(options.nodeFlags ?? []), ...options.args], env);
  options.onSpawn?.(bot);
  const contender: HttpContender = {
    label: options.label,
    bot,
    fake,
    port,
    path: PATH,
    signer,
    nextAsk: () => workload.ask(),
  };
  try {
    await whileRunning(bot, answersPing(port, signer));
  } catch (error) {
    await stopHttpContender(contender);
    throw error;
  }
  return contender;
}

async function answersPing(port: number, signer: ReturnType<typeof createSigner>): Promise<void> {
  const client = endpointClient({ port, path: PATH }, signer);
  const ping = { id: '1', application_id: '1', type: InteractionType.Ping, token: 'ping', version: 1 };
  const deadline = performance.now() + READY_TIMEOUT_MS;
  try {
    while (performance.now() < deadline) {
      const reply = await client.post(ping).catch(() => undefined);
      if (reply?.status === 200) return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`no PONG from port ${port} within ${READY_TIMEOUT_MS} ms`);
  } finally {
    client.close();
  }
}

/** SIGTERM (then SIGKILL) and close its fake. Safe to call twice. */
export async function stopHttpContender(contender: HttpContender): Promise<void> {
  try {
    await contender.bot.stop();
  } finally {
    await contender.fake.close();
  }
}
