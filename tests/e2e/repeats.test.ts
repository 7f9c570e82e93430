/**
 * A repeated question is pointed at the earlier answer without ever holding up the interaction's
 * response on another REST call, looks each answer up at most once, and forgets deleted answers.
 */
import type { APIMessage, APIUser } from 'discord.js';
import { afterEach, describe, expect, it } from 'vitest';
import { NOTICES } from '../../src/bot/render/render-notice.js';
import { snowflake, snowflakeTime } from '../support/fake-discord/index.js';
import {
  ask,
  mention,
  originalMessage,
  startHarness,
  stopHarness,
  type Harness,
} from './support/bot-harness.js';
import { expectWellFormedCall } from './support/expect-well-formed.js';
import {
  CALLBACK,
  callbackMessage,
  callbackOf,
  createdMessageId,
  firstEmbed,
  isEphemeral,
  messageBody,
  ROUTES,
} from './support/payloads.js';

const GET_ORIGINAL = 'GET /webhooks/:appId/:token/messages/:messageId';
// The "answered a moment ago" notice without a link, and its wording before one.
const EARLIER = [NOTICES.earlier(null), NOTICES.earlier('')];

/** Whether a reply points at an earlier answer instead of answering. */
function pointsAtEarlier(content: string | undefined): boolean {
  return EARLIER.some((notice) => (content ?? '').includes(notice));
}

let h: Harness | undefined;

afterEach(async () => {
  await stopHarness(h);
  h = undefined;
});

function linkTo(harness: Harness, messageId: string): string {
  const { guild, textChannel } = harness.fake.world.guild;
  return `https://discord.com/channels/${guild.id}/${textChannel.id}/${messageId}`;
}

describe('repeated questions', () => {
  it('are answered at once with the link, never waiting on (or making) a lookup of the earlier answer', async () => {
    h = await startHarness();
    const first = h.fake.build.chatInput({ name: 'ask', options: { question: 'What is a hyperscaler?' } });
    await h.fake.interact(first);
    const original = originalMessage(h.fake, first);
    // Were the bot to ask Discord which message the answer became, it would wait (as under load).
    h.fake.faults.rest.delay(GET_ORIGINAL, 4000);

    const repeat = h.fake.build.chatInput({ name: 'ask', options: { question: 'what is a hyperscaler' } });
    const response = await h.fake.interact(repeat, { timeoutMs: 8000 });
    expect(response.receivedAt - snowflakeTime(repeat.id), 'ms from creation to response').toBeLessThan(1000);
    expectWellFormedCall(response);
    const notice = callbackMessage(response);
    expect(isEphemeral(notice)).toBe(true);
    expect(notice.content).toBe(NOTICES.earlier(linkTo(h, original.id)));
    const again = await ask(h.fake, 'WHAT IS A HYPERSCALER?');
    expect(callbackMessage(again).content).toContain(linkTo(h, original.id));
    expect(h.fake.restCalls(GET_ORIGINAL)).toEqual([]);
  });

  it('never ask Discord where a mention reply is: its id came back when it was posted', async () => {
    h = await startHarness();
    const answer = await mention(h.fake, 'what is a hyperscaler?');
    const repeat = await mention(h.fake, 'What is a hyperscaler');
    expectWellFormedCall(repeat);
    expect(messageBody(repeat).content).toContain(linkTo(h, createdMessageId(answer)));
    const viaCommand = await ask(h.fake, 'what is a hyperscaler?');
    expect(callbackMessage(viaCommand).content).toContain(linkTo(h, createdMessageId(answer)));
    expect(h.fake.restCalls(GET_ORIGINAL)).toEqual([]);
  });
});

describe('a burst of one question in one channel', () => {
  it('is answered once; all 200 repeats are pointed at it, within the 3 s Discord allows, asking nobody', async () => {
    // Discord refuses a callback after 3 s: a repeat stuck behind the others would fail here.
    h = await startHarness({ fake: { interactionDeadlineMs: 3000 } });
    const { fake } = h;
    const askers: APIUser[] = Array.from({ length: 201 }, (_, i) => ({
      id: snowflake(),
      username: `asker${i}`,
      discriminator: '0',
      global_name: null,
      avatar: null,
    }));
    const refs = askers.map((user) =>
      fake.dispatchInteraction(
        fake.build.chatInput({ name: 'ask', options: { question: 'What is a hyperscaler?' }, user }),
      ),
    );
    const calls = await Promise.all(
      refs.map((ref) => fake.waitForInteractionCall(ref, undefined, { timeoutMs: 15_000 })),
    );
    for (const call of calls) expectWellFormedCall(call);
    const bodies = calls.map((call) => callbackMessage(call));
    const answers = bodies.filter((body) => !isEphemeral(body));
    expect(answers).toHaveLength(1);
    const notes = bodies.filter((body) => isEphemeral(body)).map((body) => body.content ?? '');
    expect(notes).toHaveLength(200);
    const answered = refs[bodies.findIndex((body) => !isEphemeral(body))];
    if (answered === undefined) throw new Error('no answer');
    const link = linkTo(h, originalMessage(fake, answered).id);
    // Each repeat links to it or, had the answer been slow to post, says it is just above.
    const allowed = [NOTICES.earlier(link), NOTICES.earlier(null)];
    expect(notes.filter((note) => !allowed.includes(note))).toEqual([]);
    expect(h.fake.restCalls(GET_ORIGINAL)).toEqual([]);
  });
});

describe('deleted answers', () => {
  function clickDelete(harness: Harness, message: APIMessage) {
    const customId = `del:${harness.fake.world.user.id}`;
    return harness.fake.build.button({ customId, message });
  }

  it('are no longer linked once deleted with the Delete button: the repeat is answered afresh', async () => {
    h = await startHarness();
    const answer = await mention(h.fake, 'what is a hyperscaler?');
    const message = h.fake.world.messages.get(createdMessageId(answer));
    if (message === undefined) throw new Error('the answer was not stored');
    const click = clickDelete(h, message);
    await h.fake.interact(click);
    await h.fake.waitForRest(ROUTES.deleteMessage);
    expect(h.fake.world.messages.has(message.id)).toBe(false);

    const repeat = await mention(h.fake, 'what is a hyperscaler?');
    expectWellFormedCall(repeat);
    expect(pointsAtEarlier(messageBody(repeat).content)).toBe(false);
    expect(firstEmbed(messageBody(repeat)).footer?.text).toContain('glossary: Hyperscaler');
  });

  it('are no longer linked once an /ask answer is deleted with the Delete button', async () => {
    h = await startHarness();
    const first = h.fake.build.chatInput({ name: 'ask', options: { question: 'What is a hyperscaler?' } });
    await h.fake.interact(first);
    const original = originalMessage(h.fake, first);
    await h.fake.interact(clickDelete(h, original));
    await h.fake.waitForRest(ROUTES.deleteMessage);

    const afresh = await ask(h.fake, 'what is a hyperscaler');
    expectWellFormedCall(afresh);
    expect(callbackOf(afresh).type).toBe(CALLBACK.message);
    expect(pointsAtEarlier(callbackMessage(afresh).content)).toBe(false);
    expect(firstEmbed(callbackMessage(afresh)).footer?.text).toContain('glossary: Hyperscaler');
    expect(h.fake.restCalls(GET_ORIGINAL)).toEqual([]);
  });

  it('Delete on an answer that is already gone says so, without an error', async () => {
    h = await startHarness();
    const answer = await mention(h.fake, 'what is a hyperscaler?');
    const message = h.fake.world.messages.get(createdMessageId(answer));
    if (message === undefined) throw new Error('the answer was not stored');
    await h.fake.interact(clickDelete(h, message));
    await h.fake.waitForRest(ROUTES.deleteMessage);

    // A second click on the same (stale) message, as a double click would send.
    const again = clickDelete(h, message);
    h.fake.world.messages.delete(message.id); // the builder stores the message it is given
    await h.fake.interact(again);
    const note = await h.fake.waitForInteractionCall(again, ROUTES.followUp);
    expectWellFormedCall(note);
    const body = messageBody(note);
    expect(isEphemeral(body)).toBe(true);
    expect(body.content).toMatch(/already (gone|deleted)/);
    expect(h.logs.find({ msg: 'Interaction failed' })).toEqual([]);
  });
});
