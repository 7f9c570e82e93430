/** The bot logs in with minimal intents and answers /ask like the CLI does, on time or deferred. */
import { GatewayIntentBits } from 'discord.js';
import { afterEach, describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/engine/index.js';
import { loadKnowledge } from '../../src/knowledge/load-knowledge.js';
import { ask, originalMessage, startHarness, stopHarness, type Harness } from './support/bot-harness.js';
import { CONTENT_DIR } from './support/bot-env.js';
import { expectWellFormedCall } from './support/expect-well-formed.js';
import { LEVEL } from './support/log-capture.js';
import {
  buttonsOf,
  CALLBACK,
  callbackMessage,
  callbackOf,
  firstEmbed,
  isEphemeral,
  messageBody,
  plainText,
  ROUTES,
} from './support/payloads.js';
import { slowKnowledge } from './support/slow-knowledge.js';

let h: Harness | undefined;

afterEach(async () => {
  await stopHarness(h);
  h = undefined;
});

describe('login', () => {
  it('identifies with Guilds, GuildMessages and DirectMessages only, and logs that it is ready', async () => {
    h = await startHarness();
    const { intents } = await h.fake.waitForIdentify();
    expect(intents).toBe(
      GatewayIntentBits.Guilds | GatewayIntentBits.GuildMessages | GatewayIntentBits.DirectMessages,
    );
    // Privileged intents would need approval in the Developer Portal.
    expect(intents & (1 << 15)).toBe(0); // MessageContent
    expect(intents & (1 << 1)).toBe(0); // GuildMembers
    expect(intents & (1 << 8)).toBe(0); // GuildPresences
    const [ready] = h.logs.find({ event: 'ready' });
    expect(ready).toMatchObject({ level: LEVEL.info, user: h.fake.world.bot.username, guilds: 1 });
  });
});

describe('/ask', () => {
  it('points a repeat of the question in the same channel at the earlier answer, privately', async () => {
    h = await startHarness();
    const first = h.fake.build.chatInput({ name: 'ask', options: { question: 'What is a hyperscaler?' } });
    await h.fake.interact(first);
    const original = originalMessage(h.fake, first);
    const repeat = await ask(h.fake, 'what is a hyperscaler');
    expectWellFormedCall(repeat);
    const message = callbackMessage(repeat);
    expect(isEphemeral(message)).toBe(true);
    const guildId = h.fake.world.guilds[0]?.guild.id ?? '';
    const channelId = h.fake.world.guilds[0]?.textChannel.id ?? '';
    expect(message.content ?? JSON.stringify(message.embeds)).toContain(
      `https://discord.com/channels/${guildId}/${channelId}/${original.id}`,
    );
  });

  it('answers with the passage in an embed, cites it, and pings nobody', async () => {
    h = await startHarness();
    const call = await ask(h.fake, 'What is a hyperscaler?');
    expect(callbackOf(call).type).toBe(CALLBACK.message);
    expectWellFormedCall(call);
    const message = callbackMessage(call);
    expect(isEphemeral(message)).toBe(false);
    expect(message.allowed_mentions).toEqual({ parse: [], replied_user: false });
    const embed = firstEmbed(message);
    expect(plainText(embed.description ?? '')).toContain(
      'Hyperscaler: A term for the largest cloud service providers',
    );
    expect(embed.footer?.text).toContain('glossary: Hyperscaler');
    const customIds = buttonsOf(message).map((b) => b.custom_id);
    expect(customIds).toContain(`del:${h.fake.world.user.id}`);
    expect(await h.logs.waitFor({ event: 'question' })).toMatchObject({
      via: 'command:ask',
      outcome: 'answered',
      question: 'What is a hyperscaler?',
    });
  });

  it('answers privately when asked to: ephemeral, and without a Delete button', async () => {
    h = await startHarness();
    const call = await h.fake.interact(
      h.fake.build.chatInput({ name: 'ask', options: { question: 'What is a GPU?', private: true } }),
    );
    expectWellFormedCall(call);
    const message = callbackMessage(call);
    expect(isEphemeral(message)).toBe(true);
    expect(firstEmbed(message).footer?.text).toContain('glossary: GPU');
    expect(buttonsOf(message).map((b) => b.custom_id)).not.toContainEqual(expect.stringMatching(/^del:/));
  });

  it('defers (type 5) when answering takes too long, then edits @original with the answer', async () => {
    const slow = slowKnowledge(await loadKnowledge(CONTENT_DIR));
    h = await startHarness({ loadKnowledge: () => Promise.resolve(slow.knowledge) });
    // Past the bot's 2.5 s budget (src/bot/flow/send-in-time.ts): answering blocks like a huge index would.
    slow.slowDownNext(2_600);
    const payload = h.fake.build.chatInput({ name: 'ask', options: { question: 'What is a hyperscaler?' } });
    const first = await h.fake.interact(payload, { timeoutMs: 10_000 });
    expect(callbackOf(first).type).toBe(CALLBACK.deferredMessage);
    expectWellFormedCall(first);
    const edit = await h.fake.waitForInteractionCall(payload, ROUTES.editOriginal);
    expect(edit.path).toBe(`/webhooks/${h.fake.world.application.id}/${payload.token}/messages/@original`);
    expectWellFormedCall(edit);
    const embed = firstEmbed(messageBody(edit));
    expect(embed.footer?.text).toContain('glossary: Hyperscaler');
    expect(h.fake.interactionCalls(payload)).toHaveLength(2);
  });

  it('gives the same answers as the engine the CLI uses', async () => {
    h = await startHarness({ env: { COOLDOWN_QUESTIONS: '100' } });
    const knowledge = await loadKnowledge(CONTENT_DIR);
    const questions = [
      'What is a hyperscaler?',
      'Who designs the Trainium and Inferentia chips?',
      'aws vs nvidia',
      'What does GPU stand for?',
      'What is this article about?',
      'How many parameters does GPT-4 have?',
    ];
    let answered = 0;
    for (const question of questions) {
      const expected = answerQuestion(knowledge, question);
      const call = await ask(h.fake, question);
      expectWellFormedCall(call);
      const message = callbackMessage(call);
      const embed = firstEmbed(message);
      const labels = buttonsOf(message).flatMap((b) => (b.label && b.label !== 'Delete' ? [b.label] : []));
      if (expected.best !== null && expected.answered) {
        answered++;
        expect(embed.title, question).toBe(expected.best.question);
        const description = plainText(embed.description ?? '');
        for (const passage of expected.best.passages) {
          expect(embed.footer?.text, question).toContain(passage.source);
          // The answering sentences lead; the rest of the paragraph follows as a quote.
          const start = Math.min(...passage.sentences.map((x) => x.start));
          const end = Math.max(...passage.sentences.map((x) => x.end));
          const lead = passage.text.slice(start, end);
          expect(description.startsWith(lead), `${question}: ${description}`).toBe(true);
          for (const rest of [passage.text.slice(0, start).trim(), passage.text.slice(end).trim()])
            if (rest !== '') expect(description, question).toContain(rest);
        }
        expect(labels, question).toEqual(expected.related.map((r) => r.question));
      } else {
        expect(embed.title, question).toBe(`Not in “${knowledge.kb.title}”`);
        expect(embed.footer, question).toBeUndefined();
        expect(labels, question).toEqual(expected.suggestions.map((s) => s.question));
      }
    }
    // The list must exercise both kinds of answer.
    expect(answered).toBeGreaterThanOrEqual(4);
    expect(answered).toBeLessThan(questions.length);
  });
});
