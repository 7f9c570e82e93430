/** Gateway trouble the bot must ride out: close 4000, a dropped TCP connection, missing heartbeat ACKs. */
import { afterEach, describe, expect, it } from 'vitest';
import type { FakeDiscord, Mark } from '../support/fake-discord/index.js';
import { ask, startHarness, stopHarness, type Harness } from './support/bot-harness.js';
import { expectWellFormedCall } from './support/expect-well-formed.js';
import {
  CALLBACK,
  callbackMessage,
  callbackOf,
  firstEmbed,
  messageBody,
  ROUTES,
} from './support/payloads.js';

// Short heartbeats so a missing ACK is noticed within about half a second.
const FAKE = { heartbeatIntervalMs: 250 };

let h: Harness | undefined;

afterEach(async () => {
  await stopHarness(h);
  h = undefined;
});

/** The session was resumed on a new connection, not re-identified. */
async function expectResumed(fake: FakeDiscord, mark: Mark): Promise<void> {
  const resumed = await fake.waitForResume({ after: mark });
  expect(resumed.connectionId).toBeGreaterThan(1);
  expect(fake.lifecycle().filter((e) => e.type === 'identified')).toHaveLength(1);
}

async function expectStillAnswering(fake: FakeDiscord, question: string, source: string): Promise<void> {
  const call = await ask(fake, question);
  expect(callbackOf(call).type).toBe(CALLBACK.message);
  expectWellFormedCall(call);
  expect(firstEmbed(callbackMessage(call)).footer?.text).toContain(source);
}

describe('gateway faults', () => {
  it('close 4000 → resumes, answers the mention sent while it was away, and keeps answering', async () => {
    h = await startHarness({ fake: FAKE });
    const mark = h.fake.mark();
    h.fake.faults.gateway.close(4000);
    const missed = h.fake.dispatchMessage({ content: 'what is a hyperscaler?', mentionBot: true });
    await expectResumed(h.fake, mark);
    const reply = await h.fake.waitForReplyTo(missed.id);
    expectWellFormedCall(reply);
    expect(firstEmbed(messageBody(reply)).footer?.text).toContain('glossary: Hyperscaler');
    await expectStillAnswering(h.fake, 'What is a GPU?', 'glossary: GPU');
    // Replayed once, answered once.
    const replies = h.fake
      .restCalls(ROUTES.createMessage)
      .filter((c) => messageBody(c).message_reference?.message_id === missed.id);
    expect(replies).toHaveLength(1);
  });

  it('a dropped connection without a close frame → resumes and keeps answering', async () => {
    h = await startHarness({ fake: FAKE });
    const mark = h.fake.mark();
    h.fake.faults.gateway.terminate();
    expect(await h.fake.waitForLifecycle('closed', { after: mark })).toMatchObject({ by: 'fake' });
    await expectResumed(h.fake, mark);
    await expectStillAnswering(h.fake, 'What is a GPU?', 'glossary: GPU');
  });

  it('missing heartbeat ACKs → the bot drops the zombie connection, resumes and keeps answering', async () => {
    h = await startHarness({ fake: FAKE });
    const mark = h.fake.mark();
    h.fake.faults.gateway.stopHeartbeatAcks();
    expect(await h.fake.waitForLifecycle('closed', { after: mark })).toMatchObject({ by: 'bot' });
    await expectResumed(h.fake, mark);
    await expectStillAnswering(h.fake, 'What is a hyperscaler?', 'glossary: Hyperscaler');
  });
});
