/** Related, feedback and delete buttons act from their custom_id alone, so they work after a restart. */
import type { APIMessage, APIUser } from 'discord.js';
import { afterEach, describe, expect, it } from 'vitest';
import { NOTICES } from '../../src/bot/render/render-notice.js';
import { snowflake, type RecordedRestCall } from '../support/fake-discord/index.js';
import {
  originalMessage,
  startBotOn,
  startHarness,
  stopHarness,
  type Harness,
} from './support/bot-harness.js';
import { FAKE_TOKEN } from './support/bot-env.js';
import { expectWellFormedCall } from './support/expect-well-formed.js';
import {
  buttonsOf,
  CALLBACK,
  callbackMessage,
  callbackOf,
  customIdWith,
  firstEmbed,
  isEphemeral,
  ROUTES,
} from './support/payloads.js';

const bob: APIUser = {
  id: snowflake(),
  username: 'bob',
  discriminator: '0',
  global_name: 'bob',
  avatar: null,
};
// An answer with related questions (a row of buttons) plus feedback and Delete.
const QUESTION = 'Who designs the Trainium and Inferentia chips?';

let h: Harness | undefined;

afterEach(async () => {
  await stopHarness(h);
  h = undefined;
});

/** Asks in the guild and returns the callback with the message Discord stored for it. */
async function askForButtons(harness: Harness): Promise<{ call: RecordedRestCall; message: APIMessage }> {
  const payload = harness.fake.build.chatInput({ name: 'ask', options: { question: QUESTION } });
  const call = await harness.fake.interact(payload);
  return { call, message: originalMessage(harness.fake, payload) };
}

function clickOn(harness: Harness, message: APIMessage, customId: string, user?: APIUser) {
  const payload = harness.fake.build.button({ customId, message, ...(user ? { user } : {}) });
  return { payload, callback: harness.fake.interact(payload) };
}

describe('answer buttons', () => {
  it('work after a restart: related updates the answer, feedback is logged, delete removes it', async () => {
    h = await startHarness();
    const { call, message } = await askForButtons(h);
    const answer = callbackMessage(call);
    const relatedButton = buttonsOf(answer).find((b) => b.custom_id?.startsWith('rel:'));
    const feedbackId = customIdWith(answer, 'fb:up:');
    const deleteId = customIdWith(answer, 'del:');
    expect(deleteId).toBe(`del:${h.fake.world.user.id}`);

    // Restart: a new process would start from nothing but the custom_ids on the old message.
    await h.bot.stop();
    expect(h.logs.text()).not.toContain(FAKE_TOKEN);
    h = { fake: h.fake, ...(await startBotOn(h.fake)) };

    const related = await clickOn(h, message, relatedButton?.custom_id ?? '').callback;
    expect(callbackOf(related).type).toBe(CALLBACK.update);
    expectWellFormedCall(related);
    expect(firstEmbed(callbackMessage(related)).title).toBe(relatedButton?.label);

    const feedback = await clickOn(h, message, feedbackId).callback;
    expectWellFormedCall(feedback);
    // Privately: the vote is counted, and the other button changes it.
    expect(callbackMessage(feedback)).toMatchObject({ content: NOTICES.voteCounted('up') });
    expect(isEphemeral(callbackMessage(feedback))).toBe(true);
    expect(await h.logs.waitFor({ event: 'feedback' })).toMatchObject({
      vote: 'up',
      entryId: feedbackId.slice('fb:up:'.length),
      messageId: message.id,
      userId: h.fake.world.user.id,
    });

    const mark = h.fake.mark();
    const remove = await clickOn(h, message, deleteId).callback;
    expect(callbackOf(remove).type).toBe(CALLBACK.deferredUpdate);
    const deleted = await h.fake.waitForRest(ROUTES.deleteMessage, { after: mark });
    expect(deleted.path).toBe(`/channels/${message.channel_id}/messages/${message.id}`);
    expect(deleted.response?.status).toBe(204);
    expect(h.fake.world.messages.has(message.id)).toBe(false);
  });

  it('shows someone else the related answer privately and leaves the asker’s message alone', async () => {
    h = await startHarness();
    const { call, message } = await askForButtons(h);
    const related = await clickOn(h, message, customIdWith(callbackMessage(call), 'rel:'), bob).callback;
    expect(callbackOf(related).type).toBe(CALLBACK.message);
    expectWellFormedCall(related);
    const reply = callbackMessage(related);
    expect(isEphemeral(reply)).toBe(true);
    // Bob's private copy carries Bob's id, and no Delete button (ephemeral messages cannot be deleted that way).
    expect(buttonsOf(reply).some((b) => b.custom_id?.startsWith('del:'))).toBe(false);
    expect(buttonsOf(reply).filter((b) => b.custom_id?.startsWith('rel:'))).not.toHaveLength(0);
    for (const b of buttonsOf(reply).filter((x) => x.custom_id?.startsWith('rel:')))
      expect(b.custom_id?.endsWith(`:${bob.id}`)).toBe(true);
  });

  it('refuses Delete to anyone but the asker', async () => {
    h = await startHarness();
    const { call, message } = await askForButtons(h);
    const mark = h.fake.mark();
    const refused = await clickOn(h, message, customIdWith(callbackMessage(call), 'del:'), bob).callback;
    expectWellFormedCall(refused);
    expect(callbackMessage(refused)).toMatchObject({ content: NOTICES.notAsker });
    expect(isEphemeral(callbackMessage(refused))).toBe(true);
    // A later click proves the refusal was complete: no DELETE was sent in between.
    await clickOn(h, message, customIdWith(callbackMessage(call), 'fb:down:')).callback;
    expect(h.fake.restCalls(ROUTES.deleteMessage).filter((c) => c.index >= mark.rest)).toEqual([]);
    expect(h.fake.world.messages.has(message.id)).toBe(true);
  });

  it('answers a garbled or unknown custom_id with a polite note', async () => {
    h = await startHarness();
    for (const customId of ['rel:no-such-entry:1', 'nonsense', 'del:not-a-user', 'x'.repeat(100)]) {
      const call = await h.fake.interact(h.fake.build.button({ customId }));
      expectWellFormedCall(call);
      const note = callbackMessage(call);
      expect(isEphemeral(note)).toBe(true);
      expect([NOTICES.unknownEntry, NOTICES.staleButton]).toContain(note.content);
    }
  });
});
