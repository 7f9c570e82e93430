/** REST trouble: a 429 delays a reply but never doubles it; 500s are logged and the bot carries on. */
import { afterEach, describe, expect, it } from 'vitest';
import { NOTICES } from '../../src/bot/render/render-notice.js';
import { ask, mention, startHarness, stopHarness, type Harness } from './support/bot-harness.js';
import { expectWellFormedCall } from './support/expect-well-formed.js';
import { LEVEL } from './support/log-capture.js';
import { callbackMessage, firstEmbed, isEphemeral, messageBody, ROUTES } from './support/payloads.js';

let h: Harness | undefined;

afterEach(async () => {
  await stopHarness(h);
  h = undefined;
});

describe('REST faults', () => {
  it('429 on an /ask reply → the reply is sent once, after the wait', async () => {
    h = await startHarness();
    h.fake.faults.rest.rateLimit(ROUTES.callback, { retryAfterMs: 300 });
    const payload = h.fake.build.chatInput({ name: 'ask', options: { question: 'What is a hyperscaler?' } });
    const limited = await h.fake.interact(payload);
    expect(limited.response?.status).toBe(429);
    const retried = await h.fake.waitForInteractionCall(payload, (c) => c.index > limited.index);
    expect(retried.receivedAt - limited.receivedAt).toBeGreaterThanOrEqual(300);
    expectWellFormedCall(retried);
    expect(firstEmbed(callbackMessage(retried)).footer?.text).toContain('glossary: Hyperscaler');
    // A later question answered proves nothing else was queued for the first one.
    expectWellFormedCall(await ask(h.fake, 'What is a GPU?'));
    // 200, not 204: a public answer asks for the message it became (?with_response=true).
    expect(h.fake.interactionCalls(payload).map((c) => c.response?.status)).toEqual([429, 200]);
  });

  it('429 on a mention reply → the reply is posted once, after the wait', async () => {
    h = await startHarness();
    h.fake.faults.rest.rateLimit(ROUTES.createMessage, { retryAfterMs: 300 });
    const question = h.fake.dispatchMessage({ content: 'what is a hyperscaler?', mentionBot: true });
    const limited = await h.fake.waitForReplyTo(question.id);
    expect(limited.response?.status).toBe(429);
    const posted = await h.fake.waitForRest(
      (c) => c.route === ROUTES.createMessage && c.index > limited.index,
    );
    expectWellFormedCall(posted);
    expect(messageBody(posted).message_reference).toMatchObject({ message_id: question.id });
    await mention(h.fake, 'what does GPU stand for?');
    const replies = h.fake
      .restCalls(ROUTES.createMessage)
      .filter((c) => messageBody(c).message_reference?.message_id === question.id);
    expect(replies.map((c) => c.response?.status)).toEqual([429, 200]);
  });

  it('500s on a callback → logged, the asker gets a short note, and the next question is answered', async () => {
    h = await startHarness();
    // The bot retries a 5xx twice (rest retries 2), so three in a row surface as an error.
    h.fake.faults.rest.serverError(ROUTES.callback, { times: 3 });
    const payload = h.fake.build.chatInput({ name: 'ask', options: { question: 'What is a hyperscaler?' } });
    h.fake.dispatchInteraction(payload);
    const failure = await h.logs.waitFor({ msg: 'Interaction failed' });
    expect(failure.level).toBe(LEVEL.error);
    expect(failure).toMatchObject({ interaction: { id: payload.id, command: 'ask' } });
    const note = await h.fake.waitForInteractionCall(
      payload,
      (c) => c.route === ROUTES.callback && callbackMessage(c).content === NOTICES.error,
    );
    expectWellFormedCall(note);
    expect(isEphemeral(callbackMessage(note))).toBe(true);
    expect(h.fake.interactionCalls(payload).map((c) => c.response?.status)).toEqual([500, 500, 500, 204]);

    const next = await ask(h.fake, 'What is a GPU?');
    expectWellFormedCall(next);
    expect(firstEmbed(callbackMessage(next)).footer?.text).toContain('glossary: GPU');
  });
});
