/**
 * Every way of asking goes through one flow: each question is handed to the recorder once, with the
 * cited passages, and a 👍/👎 is handed over as a vote; glossary answers are linked on repeats like /ask.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { QuestionRecord, Recorder, VoteRecord } from '../../src/store/records.js';
import {
  ask,
  mention,
  originalMessage,
  startHarness,
  stopHarness,
  type Harness,
} from './support/bot-harness.js';
import { expectWellFormedCall } from './support/expect-well-formed.js';
import { buttonsOf, callbackMessage, customIdWith, firstEmbed, isEphemeral } from './support/payloads.js';

let h: Harness | undefined;

afterEach(async () => {
  await stopHarness(h);
  h = undefined;
});

/** A recorder that keeps what it is handed, in memory. */
function memoryRecorder(): Recorder & { questions: QuestionRecord[]; votes: VoteRecord[] } {
  const questions: QuestionRecord[] = [];
  const votes: VoteRecord[] = [];
  return {
    questions,
    votes,
    recordQuestion: (record) => void questions.push(record),
    recordVote: (record) => void votes.push(record),
  };
}

describe('recording', () => {
  it('hands each question to the recorder once, whichever way it was asked', async () => {
    const recorder = memoryRecorder();
    h = await startHarness({ recorder, env: { COOLDOWN_QUESTIONS: '100' } });
    const { fake } = h;
    // An answer with related questions.
    const question = 'Who designs the Trainium and Inferentia chips?';
    const asked = fake.build.chatInput({ name: 'ask', options: { question } });
    const answer = callbackMessage(await fake.interact(asked));
    await fake.interact(fake.build.chatInput({ name: 'glossary', options: { term: 'gpu' } }));
    await fake.interact(
      fake.build.messageContextMenu({ name: 'Ask about this message', targetContent: 'What is a GPU?' }),
    );
    const related = customIdWith(answer, 'rel:');
    await fake.interact(fake.build.button({ customId: related, message: originalMessage(fake, asked) }));
    await mention(fake, 'what does GPU stand for?');
    await fake.waitForReplyTo(fake.dispatchMessage({ content: 'tell me about pizza', in: 'dm' }).id);
    // The bot hands a question over once Discord has accepted its answer.
    await vi.waitFor(() => expect(recorder.questions).toHaveLength(6));
    expect(recorder.questions.map((q) => q.via)).toEqual([
      'command:ask',
      'command:glossary',
      'context-menu',
      'button:related',
      'mention',
      'dm',
    ]);
    const [viaAsk, viaGlossary] = recorder.questions;
    expect(viaAsk).toMatchObject({ question, answered: true, guildId: fake.world.guild.guild.id });
    expect(viaAsk?.entryId).toEqual(customIdWith(answer, 'fb:up:').slice('fb:up:'.length));
    expect(viaAsk?.passageIds).not.toHaveLength(0);
    for (const id of viaAsk?.passageIds ?? []) expect(id).toMatch(/^(p\d+|g-[\w-]+)$/);
    expect(viaGlossary).toMatchObject({ question: 'gpu', answered: true, passageIds: ['g-gpu'] });
    // The related answer is recorded as the entry's own question, not its id.
    const label = buttonsOf(answer).find((b) => b.custom_id === related)?.label;
    expect(recorder.questions[3]?.question).toBe(label);
    expect(recorder.questions[3]?.entryId).toBe(related.split(':')[1]);
    const declined = recorder.questions[5];
    expect(declined).toMatchObject({ guildId: null, answered: false, entryId: null, passageIds: [] });
    expect(recorder.votes).toEqual([]);
  });

  it('hands a 👍 or 👎 over as a vote by that user on that message, and says pressing the other changes it', async () => {
    const recorder = memoryRecorder();
    h = await startHarness({ recorder });
    const asked = h.fake.build.chatInput({ name: 'ask', options: { question: 'What is a hyperscaler?' } });
    const answer = callbackMessage(await h.fake.interact(asked));
    const message = originalMessage(h.fake, asked);
    const down = customIdWith(answer, 'fb:down:');
    const call = await h.fake.interact(h.fake.build.button({ customId: down, message }));
    expectWellFormedCall(call);
    const note = callbackMessage(call);
    expect(isEphemeral(note)).toBe(true);
    await vi.waitFor(() => expect(recorder.votes).toHaveLength(1));
    expect(note.content).toMatch(/👎 is counted.*Pressing 👍 instead changes your vote/);
    expect(recorder.votes).toEqual([
      expect.objectContaining({
        vote: 'down',
        entryId: down.slice('fb:down:'.length),
        question: 'What is a hyperscaler?',
        userId: h.fake.world.user.id,
        messageId: message.id,
        guildId: h.fake.world.guild.guild.id,
      }),
    ]);
  });
});

describe('recording repeats', () => {
  it('counts a repeat pointed at the earlier answer as a question too, with that answer', async () => {
    const recorder = memoryRecorder();
    h = await startHarness({ recorder, env: { COOLDOWN_QUESTIONS: '100' } });
    const first = callbackMessage(await ask(h.fake, 'What is a hyperscaler?'));
    const repeat = callbackMessage(await ask(h.fake, 'what is a hyperscaler'));
    expect(repeat.content).toContain('I answered that here a moment ago');
    await vi.waitFor(() => expect(recorder.questions).toHaveLength(2));
    const entryId = customIdWith(first, 'fb:up:').slice('fb:up:'.length);
    for (const record of recorder.questions)
      expect(record).toMatchObject({ via: 'command:ask', answered: true, entryId });
  });
});

describe('/glossary repeats', () => {
  it('are pointed at the earlier definition in the channel, and never at an /ask answer of the same words', async () => {
    h = await startHarness({ env: { COOLDOWN_QUESTIONS: '100' } });
    const first = h.fake.build.chatInput({ name: 'glossary', options: { term: 'GPU' } });
    await h.fake.interact(first);
    const original = originalMessage(h.fake, first);
    const repeat = await h.fake.interact(
      h.fake.build.chatInput({ name: 'glossary', options: { term: 'gpu' } }),
    );
    expectWellFormedCall(repeat);
    expect(isEphemeral(callbackMessage(repeat))).toBe(true);
    expect(callbackMessage(repeat).content).toContain(`/${original.id}`);
    const viaAsk = await ask(h.fake, 'GPU');
    expect(callbackMessage(viaAsk).content ?? '').not.toContain('I answered that here a moment ago');
    expect(firstEmbed(callbackMessage(viaAsk)).footer?.text).toContain('glossary: GPU');
  });
});
