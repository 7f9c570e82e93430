/**
 * `npm start` as a container or a terminal runs it: a signal to the npm process must reach the bot
 * (`docker stop` signals PID 1, which is npm), and the bot must shut down cleanly, not be orphaned.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { startFakeDiscord, type FakeDiscord } from '../support/fake-discord/index.js';
import { botEnv, FAKE_TOKEN } from './support/bot-env.js';
import { spawnNpm, type ChildBot } from './support/child-bot.js';

let fake: FakeDiscord | undefined;
let npm: ChildBot | undefined;
let botPid: number | undefined;

afterEach(async () => {
  // An orphaned bot would outlive the test: end it by its own pid.
  if (botPid !== undefined && isRunning(botPid)) process.kill(botPid, 'SIGKILL');
  await npm?.kill();
  await fake?.close();
  npm = undefined;
  fake = undefined;
  botPid = undefined;
});

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function gone(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!isRunning(pid)) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return !isRunning(pid);
}

describe.each(['SIGTERM', 'SIGINT'] as const)('%s to the npm process of `npm start`', (signal) => {
  it('reaches the bot, which shuts down cleanly and exits', { timeout: 120_000 }, async () => {
    const discord = await startFakeDiscord({ token: FAKE_TOKEN });
    fake = discord;
    npm = spawnNpm(['start'], botEnv(discord, { LOG_LEVEL: 'info' }));
    // prestart compiles the bot first; on a busy machine that takes a while.
    const ready = await npm.waitForLog({ event: 'ready' }, 90_000);
    const pid = ready['pid'];
    expect(typeof pid).toBe('number');
    botPid = Number(pid);
    expect(botPid).not.toBe(npm.child.pid);

    npm.child.kill(signal);
    // npm waits for the bot and exits with its status: 0 means the bot itself exited 0.
    expect(await npm.exitWithin(10_000)).toEqual({ code: 0, signal: null });
    expect(await gone(botPid, 10_000)).toBe(true);
    // The bot itself took the signal: it went through its graceful shutdown.
    const shutdown = npm.logs().filter((r) => r['event'] === 'shutdown');
    expect(shutdown.map((r) => r.msg)).toContain('Client destroyed');
    expect(npm.stdout + npm.stderr).not.toContain(FAKE_TOKEN);
  });
});
