/**
 * The interaction handler needs no gateway client: a context built from parts and any responder
 * (here one that keeps what it is given, as the HTTP endpoint would write it back) are enough.
 */
import { REST } from 'discord.js';
import { InteractionResponseType, Routes, type APIInteractionResponse } from 'discord-api-types/v10';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createKnowledgeStore } from '../../src/knowledge/knowledge-store.js';
import {
  createBotContext,
  handleInteraction,
  type BotContext,
} from '../../src/bot/interactions/handle-interaction.js';
import type { InteractionResponder } from '../../src/bot/interactions/interaction-responder.js';
import { loadKnowledge } from '../../src/knowledge/load-knowledge.js';
import { startFakeDiscord, type FakeDiscord } from '../support/fake-discord/index.js';
import { CONTENT_DIR } from './support/bot-env.js';
import { LogCapture } from './support/log-capture.js';
import { MessageBodySchema } from './support/payloads.js';

let fake: FakeDiscord;
let logs: LogCapture;
let ctx: BotContext;

beforeAll(async () => {
  fake = await startFakeDiscord();
  logs = new LogCapture();
  const store = createKnowledgeStore(await loadKnowledge(CONTENT_DIR));
  ctx = createBotContext({
    store,
    logger: logs.logger,
    // No token: nothing here may need one.
    rest: new REST({ api: fake.restBase, retries: 0, timeout: 3_000 }),
    contentDir: CONTENT_DIR,
    reload: () => Promise.resolve({ ok: true, passages: 0, questions: 0 }),
    cooldown: { questions: 100, seconds: 30 },
  });
});

afterAll(async () => {
  await fake.close();
});

/** A responder that keeps each response; `fail` makes the first one throw, as a failed send would. */
function keepingResponder(fail = false): InteractionResponder & { responses: APIInteractionResponse[] } {
  const responses: APIInteractionResponse[] = [];
  let failures = fail ? 1 : 0;
  return {
    responses,
    respond(response) {
      if (failures-- > 0) return Promise.reject(new Error('the connection dropped'));
      responses.push(response);
      return Promise.resolve(null);
    },
  };
}

/**
 * Like the HTTP endpoint: the response reaches Discord (here the fake, through its callback route)
 * but the transport never learns which message it became.
 */
function blindResponder(ref: { id: string; token: string }): InteractionResponder {
  return {
    async respond(response) {
      await ctx.rest.post(Routes.interactionCallback(ref.id, ref.token), { body: response, auth: false });
      return null;
    },
  };
}

describe('handleInteraction without a gateway client', () => {
  it('answers /ask as the first response', async () => {
    const responder = keepingResponder();
    const payload = fake.build.chatInput({ name: 'ask', options: { question: 'What is a hyperscaler?' } });
    await handleInteraction(payload, responder, ctx);
    expect(responder.responses).toHaveLength(1);
    const [response] = responder.responses;
    expect(response?.type).toBe(InteractionResponseType.ChannelMessageWithSource);
    const body = MessageBodySchema.parse(response && 'data' in response ? response.data : undefined);
    expect(body.embeds?.[0]?.footer?.text).toContain('glossary: Hyperscaler');
    expect(body.allowed_mentions).toEqual({ parse: [], replied_user: false });
  });

  it('answers autocomplete and a /topics page button from the same handlers', async () => {
    const responder = keepingResponder();
    await handleInteraction(
      fake.build.autocomplete({ name: 'glossary', options: { term: 'gp' }, focused: 'term' }),
      responder,
      ctx,
    );
    await handleInteraction(fake.build.button({ customId: 'topics:1' }), responder, ctx);
    expect(responder.responses.map((r) => r.type)).toEqual([
      InteractionResponseType.ApplicationCommandAutocompleteResult,
      InteractionResponseType.UpdateMessage,
    ]);
  });

  it('finds an answer whose message id it never learnt with one GET, shared by every repeat', async () => {
    const first = fake.build.chatInput({ name: 'ask', options: { question: 'What is a GPU?' } });
    fake.world.registerInteraction(first);
    await handleInteraction(first, blindResponder(first), ctx);
    const repeats = Array.from({ length: 50 }, () => {
      const payload = fake.build.chatInput({ name: 'ask', options: { question: 'what is a gpu' } });
      fake.world.registerInteraction(payload);
      const responder = keepingResponder();
      return { responder, handled: handleInteraction(payload, responder, ctx) };
    });
    await Promise.all(repeats.map((r) => r.handled));
    const original = fake.world.interactions.get(first.token)?.originalMessageId;
    expect(original).toEqual(expect.any(String));
    const link = `https://discord.com/channels/${fake.world.guild.guild.id}/${first.channel.id}/${original}`;
    for (const { responder } of repeats) {
      expect(responder.responses.map((r) => r.type)).toEqual([
        InteractionResponseType.ChannelMessageWithSource,
      ]);
      const [note] = responder.responses;
      const body = MessageBodySchema.parse(note && 'data' in note ? note.data : undefined);
      expect(body).toMatchObject({ content: `I answered that here a moment ago: ${link}`, flags: 64 });
    }
    expect(fake.restCalls('GET /webhooks/:appId/:token/messages/:messageId')).toHaveLength(1);
  });

  it('is the error boundary: a failed first response is logged and the asker told privately', async () => {
    const responder = keepingResponder(true);
    const payload = fake.build.chatInput({ name: 'help' });
    await handleInteraction(payload, responder, ctx);
    expect(logs.find({ msg: 'Interaction failed' })).toMatchObject([
      { interaction: { id: payload.id, command: 'help' } },
    ]);
    expect(responder.responses).toHaveLength(1);
    const [note] = responder.responses;
    expect(note).toMatchObject({
      type: InteractionResponseType.ChannelMessageWithSource,
      data: { content: 'Something went wrong on my side. Please try again in a moment.', flags: 64 },
    });
  });
});
