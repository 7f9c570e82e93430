/**
 * What one bot process records reaches the review report exactly, on SQLite and on PostgreSQL: a
 * known mix of questions (answered and declined, by /ask, mention and DM, several wordings of a few
 * missing topics) and 👍/👎 presses, all written by SIGTERM's flush; `/stats` reads the same store.
 * The review runs as `npm run --silent review` on SQLite (the script a reader types), and as its
 * compiled entry point on PostgreSQL (npm and tsx would cost that process about 4 s more CPU).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { startFakeDiscord, type FakeDiscord } from '../support/fake-discord/index.js';
import { DIALECTS, useStoreTarget } from '../store/support/store-target.js';
import { playMix } from './support/activity-mix.js';
import { expectPrivateStats, expectReviewOfMix, readReview, storeEnv } from './support/activity-review.js';
import { botEnv, FAKE_TOKEN } from './support/bot-env.js';
import { spawnEntryPoint, type ChildBot } from './support/child-bot.js';

let fake: FakeDiscord | undefined;
let bot: ChildBot | undefined;
afterEach(async () => {
  await bot?.kill();
  await fake?.close();
});

describe.each(DIALECTS)('recorded activity on %s', (dialect) => {
  const target = useStoreTarget(dialect);

  // A bot process, the whole mix, /stats and the review: the default 30 s did not always cover
  // them on a loaded 2-core machine (a bound on waiting, not a figure the test asserts).
  it(
    'after a SIGTERM, the review (`npm run --silent review -- --json` on SQLite, the compiled review on PostgreSQL) counts every question and vote and groups the missing topics',
    { timeout: 120_000 },
    async () => {
      const store = storeEnv(await target.fresh());
      const discord = (fake = await startFakeDiscord({ token: FAKE_TOKEN }));
      bot = spawnEntryPoint(
        'src/app/main.ts',
        botEnv(discord, { LOG_LEVEL: 'info', COOLDOWN_QUESTIONS: '100', ...store }),
      );
      await bot.waitForLog({ event: 'ready' }, 60_000);

      const played = await playMix(discord, {
        interact: (payload) => discord.interact(payload),
        channels: [discord.world.guild.textChannel.id],
      });
      await expectPrivateStats(
        discord,
        (payload) => discord.interact(payload),
        discord.world.guild.textChannel.id,
      );

      bot.child.kill('SIGTERM');
      expect(await bot.exitWithin(10_000)).toEqual({ code: 0, signal: null });
      expect(bot.logs().find((r) => r.msg === 'Storage flushed and closed')).toMatchObject({ dropped: 0 });

      expectReviewOfMix(await readReview(store, { npm: dialect === 'sqlite' }), played);
    },
  );
});
