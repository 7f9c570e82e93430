/** Mentions and DMs are answered as replies that ping nobody; the bot's own, bot and webhook messages are not. */
import { GatewayDispatchEvents } from 'discord.js';
import { afterEach, describe, expect, it } from 'vitest';
import { mention, startHarness, stopHarness, type Harness } from './support/bot-harness.js';
import { expectWellFormedCall } from './support/expect-well-formed.js';
import {
  createdMessageId,
  firstEmbed,
  frameMessageId,
  messageBody,
  plainText,
  ROUTES,
} from './support/payloads.js';

let h: Harness | undefined;

afterEach(async () => {
  await stopHarness(h);
  h = undefined;
});

describe('mentions and DMs', () => {
  it('answers a mention with a reply to the asker that pings nobody', async () => {
    h = await startHarness();
    const question = h.fake.dispatchMessage({ content: 'what is a hyperscaler?', mentionBot: true });
    const reply = await h.fake.waitForReplyTo(question.id);
    expect(reply.path).toBe(`/channels/${h.fake.world.guild.textChannel.id}/messages`);
    expectWellFormedCall(reply);
    const body = messageBody(reply);
    expect(body.message_reference).toMatchObject({ message_id: question.id });
    expect(body.allowed_mentions).toEqual({ parse: [], replied_user: false });
    expect(plainText(firstEmbed(body).description ?? '')).toContain('largest cloud service providers');
    expect(await h.logs.waitFor({ event: 'question' })).toMatchObject({
      via: 'mention',
      outcome: 'answered',
    });
  });

  it('answers a direct message in the DM channel', async () => {
    h = await startHarness();
    const question = h.fake.dispatchMessage({ content: 'What does GPU stand for?', in: 'dm' });
    const reply = await h.fake.waitForReplyTo(question.id);
    expect(reply.path).toBe(`/channels/${h.fake.world.dmChannel.id}/messages`);
    expectWellFormedCall(reply);
    expect(firstEmbed(messageBody(reply)).footer?.text).toContain('glossary: GPU');
    expect(await h.logs.waitFor({ event: 'question' })).toMatchObject({ via: 'dm', where: 'dm' });
  });

  it('ignores its own messages, other bots, webhooks and guild messages without a mention', async () => {
    h = await startHarness();
    const { fake } = h;
    const mark = fake.mark();
    fake.dispatchMessage({ content: 'what is a GPU?', author: 'self', mentionBot: true });
    fake.dispatchMessage({ content: 'what is a GPU?', author: 'otherBot', mentionBot: true });
    fake.dispatchMessage({ content: 'what is a GPU?', author: 'webhook', mentionBot: true });
    fake.dispatchMessage({ content: 'what is a GPU?', author: 'otherBot', in: 'dm' });
    fake.dispatchMessage({ content: 'what is a GPU? nobody asked the bot' });
    // Events arrive in order: once a later control message is answered, the ones before were handled.
    const control = await mention(fake, 'what is a hyperscaler?');
    // The control reply comes back to the bot as its own MESSAGE_CREATE; a second control proves that echo was ignored too.
    const replyId = createdMessageId(control);
    await fake.waitForGateway(
      (f) =>
        f.direction === 'toBot' &&
        f.t === GatewayDispatchEvents.MessageCreate &&
        frameMessageId(f) === replyId,
      { after: mark },
    );
    const secondControl = await mention(fake, 'what does GPU stand for?');
    const sent = fake.restCalls().filter((c) => c.index >= mark.rest);
    expect(sent.map((c) => c.route)).toEqual([ROUTES.createMessage, ROUTES.createMessage]);
    expect(sent).toEqual([control, secondControl]);
  });

  it('does not ping or echo @everyone, @here or user mentions from the question', async () => {
    h = await startHarness();
    const question = h.fake.dispatchMessage({
      content: 'tell me about pizza toppings @here <@123456789012345678> <@&222222222222222222>',
      mentionBot: true,
      mentionEveryone: true,
    });
    const reply = await h.fake.waitForReplyTo(question.id);
    // Well-formed includes: allowed_mentions parses nothing and no raw @everyone/@here/<@id> is shown.
    expectWellFormedCall(reply);
    const description = firstEmbed(messageBody(reply)).description ?? '';
    // The declined reply echoes the question, with every mention broken by a zero-width space.
    expect(description).toContain('@\u200beveryone');
    expect(description).toContain('@\u200bhere');
    expect(description).toContain('<@\u200b123456789012345678>');
  });
});
