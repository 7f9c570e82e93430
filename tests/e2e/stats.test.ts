/**
 * /stats: a server's managers see what it asks, privately: the review report as an embed with the
 * questions-per-day chart attached as a PNG, read back from the real store the bot writes.
 */
import { PermissionFlagsBits } from 'discord-api-types/v10';
import { afterEach, describe, expect, it } from 'vitest';
import { NOTICES } from '../../src/bot/render/render-notice.js';
import { ask, startHarness, stopHarness, type Harness } from './support/bot-harness.js';
import { expectWellFormedCall } from './support/expect-well-formed.js';
import {
  callbackMessage,
  callbackOf,
  CALLBACK,
  isEphemeral,
  messageBody,
  ROUTES,
} from './support/payloads.js';

const MANAGE_GUILD = String(PermissionFlagsBits.ManageGuild | PermissionFlagsBits.ViewChannel);
const MEMBER = String(PermissionFlagsBits.ViewChannel | PermissionFlagsBits.SendMessages);

let h: Harness | undefined;

afterEach(async () => {
  await stopHarness(h);
  h = undefined;
});

async function stats(harness: Harness, memberPermissions: string) {
  const payload = harness.fake.build.chatInput({ name: 'stats', memberPermissions });
  const first = await harness.fake.interact(payload);
  expectWellFormedCall(first);
  const edit = await harness.fake.waitForInteractionCall(payload, ROUTES.editOriginal);
  expectWellFormedCall(edit);
  return { first, edit };
}

describe('/stats', () => {
  it("shows a manager this server's report privately, with the chart attached", async () => {
    h = await startHarness({ env: { COOLDOWN_QUESTIONS: '100' } });
    for (const question of ['What is Trainium?', 'What does GPU stand for?']) await ask(h.fake, question);
    for (const question of ['best pizza topping?', 'where can I buy pizza', 'is pineapple pizza good'])
      await ask(h.fake, question);

    const { first, edit } = await stats(h, MANAGE_GUILD);
    // Deferred privately first: reading the store and drawing the chart may take longer than 3 s.
    expect(callbackOf(first).type).toBe(CALLBACK.deferredMessage);
    expect(isEphemeral(callbackMessage(first))).toBe(true);
    expect(edit.files).toHaveLength(1);
    expect(edit.files[0]).toMatchObject({ filename: 'activity.png', contentType: 'image/png' });
    expect(edit.files[0]?.size).toBeGreaterThan(1_000);
    const embed = messageBody(edit).embeds?.[0];
    expect(embed?.image?.url).toBe('attachment://activity.png');
    const text = JSON.stringify(embed);
    expect(text).toContain('pizza');
    expect(text).not.toContain('Trainium?'); // answered questions are counted, not listed
    expect(text).toMatch(/\b5\b/); // five questions asked
  });

  it('refuses a member without Manage Server, telling them why', async () => {
    h = await startHarness();
    await ask(h.fake, 'best pizza topping?');
    const { edit } = await stats(h, MEMBER);
    expect(edit.files).toEqual([]);
    expect(messageBody(edit).content).toBe(NOTICES.statsForManagers);
  });

  it('says so when nothing is stored', async () => {
    h = await startHarness({ env: { STORAGE: 'off' } });
    const { edit } = await stats(h, MANAGE_GUILD);
    expect(messageBody(edit).content).toBe(NOTICES.statsOff);
  });
});
