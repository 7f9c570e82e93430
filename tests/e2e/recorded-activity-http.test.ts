/**
 * The HTTP endpoint (`dist/app/http-main.js`, what `npm run start:http` runs after its build; the npm
 * script itself is http-endpoint.test.ts's) with storage on: the same mix of questions and 👍/👎, delivered as signed HTTP
 * interactions (mentions and DMs become /ask in the channel or the DM), reaches the review report
 * exactly after a SIGTERM; `/stats` answers privately with the chart, finished through the webhook.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { startFakeDiscord, type FakeDiscord } from '../support/fake-discord/index.js';
import type { EndpointClient } from '../support/interactions-http/client.js';
import { useStoreTarget } from '../store/support/store-target.js';
import { playMix } from './support/activity-mix.js';
import { expectPrivateStats, expectReviewOfMix, readReview, storeEnv } from './support/activity-review.js';
import { FAKE_TOKEN } from './support/bot-env.js';
import { spawnEntryPoint, type ChildBot } from './support/child-bot.js';
import { deliver, endpointSetup } from './support/http-endpoint.js';

let fake: FakeDiscord | undefined;
let endpoint: ChildBot | undefined;
let client: EndpointClient | undefined;
afterEach(async () => {
  client?.close();
  await endpoint?.kill();
  await fake?.close();
});

describe('recorded activity through the HTTP endpoint', () => {
  const target = useStoreTarget('sqlite');

  it('after a SIGTERM, the review counts every signed question and vote', { timeout: 120_000 }, async () => {
    const store = storeEnv(await target.fresh());
    const discord = (fake = await startFakeDiscord({ token: FAKE_TOKEN }));
    const setup = await endpointSetup(discord, { COOLDOWN_QUESTIONS: '100', ...store });
    endpoint = spawnEntryPoint('src/app/http-main.ts', setup.env);
    await endpoint.waitForLog({ event: 'ready' }, 60_000);
    const http = (client = setup.client());
    const interact = async (payload: Parameters<FakeDiscord['interact']>[0]) =>
      (await deliver(discord, http, payload)).call;

    const played = await playMix(discord, {
      interact,
      channels: [discord.world.guild.textChannel.id],
      commandsOnly: true,
    });
    await expectPrivateStats(discord, interact, discord.world.guild.textChannel.id);
    expect(discord.lifecycle()).toEqual([]); // no gateway: everything came over HTTP

    endpoint.child.kill('SIGTERM');
    expect(await endpoint.exitWithin(15_000)).toEqual({ code: 0, signal: null });
    expect(endpoint.logs().find((r) => r.msg === 'Storage flushed and closed')).toMatchObject({ dropped: 0 });

    expectReviewOfMix(await readReview(store), played);
  });
});
