/** One bot under test with its own fake Discord, answer tap and workload, and how to send it questions. */
import { startFakeDiscord, type FakeDiscord } from '../../support/fake-discord/index.js';
import { AnswerTap, type Sample } from './answer-tap.js';
import { benchEnv } from './bench-env.js';
import { spawnBot, type BotProcess } from './bot-process.js';
import { FAKE_KEEPS_RECENT, GUILD_COUNT, Workload } from './workload.js';

const READY_TIMEOUT_MS = 30_000;
const PROBE_TIMEOUT_MS = 10_000;

/** A bot process, the fake it is logged in to, and the instruments on that fake. */
export interface Contender {
  readonly label: string;
  readonly fake: FakeDiscord;
  readonly tap: AnswerTap;
  readonly bot: BotProcess;
  /** Sends one /ask or mention now and returns its sample. */
  send(kind: Sample['kind']): Sample;
  /** Builds one /ask or mention without sending it. */
  prepare(kind: Sample['kind']): () => Sample;
  /** Builds `count` /ask of one question in one channel (round `round`), each ready to send. */
  prepareRepeats(count: number, round: number): (() => Sample)[];
}

/** How to start one contender. */
export interface ContenderOptions {
  readonly label: string;
  /** What follows `node`, e.g. ['dist/app/main.js']. */
  readonly args: readonly string[];
  readonly questions: readonly string[];
  /** Extra node flags put first, e.g. --cpu-prof. */
  readonly nodeFlags?: readonly string[];
  /** Called with the process as soon as it is spawned, so a deadline can kill it. */
  readonly onSpawn?: (bot: BotProcess) => void;
  /** More environment for the bot (e.g. STORAGE=off); its store goes to a temp DATA_DIR regardless. */
  readonly env?: Readonly<Record<string, string>>;
}

/** Rejects as soon as the bot exits, so a crashed bot fails the run at once instead of timing out. */
export function whileRunning<T>(bot: BotProcess, work: Promise<T>): Promise<T> {
  const died = bot.exited.then((why) => Promise.reject(new Error(`${why}\n${bot.tail()}`)));
  return Promise.race([work, died]);
}

/** Starts a fake Discord and the bot as a child process logged in to it; resolves once the bot answers a probe. */
export async function startContender(options: ContenderOptions): Promise<Contender> {
  const fake = await startFakeDiscord({ guildCount: GUILD_COUNT, keepRecent: FAKE_KEEPS_RECENT });
  const tap = new AnswerTap(fake);
  const workload = new Workload(fake, options.questions);
  // Only what the bot reads, as `npm start` in a clean shell would see it; nothing inherited.
  const env = benchEnv(options.label, {
    DISCORD_TOKEN: fake.token,
    DISCORD_API_URL: fake.restBase,
    ...options.env,
  });
  const bot = spawnBot(options.label, process.execPath, [...(options.nodeFlags ?? []), ...options.args], env);
  options.onSpawn?.(bot);

  const prepare = (kind: Sample['kind']): (() => Sample) => {
    if (kind === 'ask') {
      const payload = workload.ask();
      return () => {
        const sample = tap.expect(payload.id, 'ask');
        fake.dispatchInteraction(payload);
        return sample;
      };
    }
    const payload = workload.mention();
    return () => {
      const sample = tap.expect(payload.id, 'mention');
      fake.dispatchMessage(payload);
      return sample;
    };
  };
  const contender: Contender = {
    label: options.label,
    fake,
    tap,
    bot,
    prepare,
    prepareRepeats: (count, round) =>
      workload.repeats(count, round).map((payload) => () => {
        const sample = tap.expect(payload.id, 'ask');
        fake.dispatchInteraction(payload);
        return sample;
      }),
    send: (kind) => prepare(kind)(),
  };

  try {
    await whileRunning(bot, fake.waitForReady({ timeoutMs: READY_TIMEOUT_MS }));
    const probe = contender.send('ask');
    await whileRunning(bot, tap.settled(PROBE_TIMEOUT_MS));
    if (probe.answeredAt === undefined) throw new Error(`${options.label} did not answer a probe /ask`);
  } catch (error) {
    await stopContender(contender);
    throw error;
  }
  return contender;
}

/** Stops the bot (SIGTERM, then SIGKILL) and closes its fake. Safe to call twice. */
export async function stopContender(contender: Contender): Promise<void> {
  try {
    await contender.bot.stop();
  } finally {
    await contender.fake.close();
  }
}
