/**
 * `npm run start:http` as Discord's Interactions Endpoint URL: built and started as npm starts it, no
 * gateway, driven by requests signed with a key pair made here and delivered by the fake Discord,
 * which applies each HTTP response as the interaction's callback (so deferred edits and follow-ups go
 * through its webhook routes with Discord's own checks). Nothing is answered without a valid signature.
 */
import { readFileSync } from 'node:fs';
import { PermissionFlagsBits } from 'discord-api-types/v10';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EvalSetSchema } from '../eval/evaluate.js';
import { startFakeDiscord, type FakeDiscord } from '../support/fake-discord/index.js';
import type { EndpointClient } from '../support/interactions-http/client.js';
import { createSigner } from '../support/interactions-http/signer.js';
import { FAKE_TOKEN } from './support/bot-env.js';
import { spawnNpm, type ChildBot } from './support/child-bot.js';
import { expectWellFormedCall } from './support/expect-well-formed.js';
import { deliver, endpointSetup, type EndpointSetup } from './support/http-endpoint.js';
import { originalMessage } from './support/bot-harness.js';
import {
  CALLBACK,
  buttonsOf,
  callbackMessage,
  callbackOf,
  choicesOf,
  customIdWith,
  firstEmbed,
  isEphemeral,
  messageBody,
  ROUTES,
} from './support/payloads.js';

const QUESTIONS = EvalSetSchema.parse(JSON.parse(readFileSync('tests/eval/article.json', 'utf8')))
  .inScope.slice(0, 22)
  .map((item) => item.q);

let fake: FakeDiscord;
let endpoint: ChildBot;
let setup: EndpointSetup;
let client: EndpointClient;

beforeAll(async () => {
  fake = await startFakeDiscord({ token: FAKE_TOKEN });
  setup = await endpointSetup(fake, { COOLDOWN_QUESTIONS: '1000' });
  endpoint = spawnNpm(['run', 'start:http'], setup.env);
  // npm builds first; on a busy machine that takes a while.
  const ready = await endpoint.waitForLog({ event: 'ready' }, 90_000);
  expect(ready).toMatchObject({ mode: 'http', port: setup.port, path: '/interactions' });
  client = setup.client();
}, 120_000);

afterAll(async () => {
  client.close();
  await endpoint.kill();
  await fake.close();
});

describe('npm run start:http', () => {
  it('opens no gateway connection', () => {
    expect(fake.lifecycle()).toEqual([]);
  });

  it('answers a signed PING with PONG, and GET /healthz with 200', async () => {
    const ping = { id: '1', application_id: fake.world.application.id, type: 1, token: 'p', version: 1 };
    expect(await client.post(ping)).toMatchObject({ status: 200, json: { type: 1 } });
    expect(await client.send({ method: 'GET', path: '/healthz' })).toMatchObject({ status: 200 });
  });

  it(`answers /ask in the HTTP response (${QUESTIONS.length} questions)`, async () => {
    for (const question of QUESTIONS) {
      const { call } = await deliver(
        fake,
        client,
        fake.build.chatInput({ name: 'ask', options: { question } }),
      );
      expect(callbackOf(call).type, question).toBe(CALLBACK.message);
      expectWellFormedCall(call);
      expect(firstEmbed(callbackMessage(call)).title, question).toBeTruthy();
    }
    // Each is logged once its response is out (the last line may still be on its way).
    await expect
      .poll(
        () => endpoint.logs().filter((r) => r['event'] === 'question' && r['via'] === 'command:ask').length,
      )
      .toBe(QUESTIONS.length);
  });

  it('answers autocomplete with choices (type 8)', async () => {
    const { call } = await deliver(
      fake,
      client,
      fake.build.autocomplete({ name: 'ask', focused: 'question', options: { question: 'gpu' } }),
    );
    expect(callbackOf(call).type).toBe(CALLBACK.autocomplete);
    expectWellFormedCall(call);
    expect(choicesOf(call).length).toBeGreaterThan(0);
  });

  it.each([
    ['glossary', { term: 'GPU' }],
    ['topics', {}],
    ['about', {}],
    ['help', {}],
  ])('answers /%s', async (name, options) => {
    const { call } = await deliver(fake, client, fake.build.chatInput({ name, options }));
    expect(callbackOf(call).type).toBe(CALLBACK.message);
    expectWellFormedCall(call);
  });

  it('answers the message command', async () => {
    const { call } = await deliver(
      fake,
      client,
      fake.build.messageContextMenu({
        name: 'Ask about this message',
        targetContent: 'AWS says Trainium is cheaper than Nvidia GPUs',
      }),
    );
    expect(callbackOf(call).type).toBe(CALLBACK.message);
    expectWellFormedCall(call);
  });

  it('answers the buttons on an answer: related (type 7), feedback, delete', async () => {
    const ask = fake.build.chatInput({
      name: 'ask',
      options: { question: 'Who designs the Trainium and Inferentia chips?' },
    });
    const { call } = await deliver(fake, client, ask);
    const answer = callbackMessage(call);
    const message = originalMessage(fake, ask);
    const related = buttonsOf(answer).find((b) => b.custom_id?.startsWith('rel:'));
    const click = (customId: string) => deliver(fake, client, fake.build.button({ customId, message }));

    const update = await click(related?.custom_id ?? '');
    expect(callbackOf(update.call).type).toBe(CALLBACK.update);
    expectWellFormedCall(update.call);
    expect(firstEmbed(callbackMessage(update.call)).title).toBe(related?.label);

    const feedback = await click(customIdWith(answer, 'fb:up:'));
    expectWellFormedCall(feedback.call);
    expect(isEphemeral(callbackMessage(feedback.call))).toBe(true);

    const removed = await click(customIdWith(answer, 'del:'));
    expect(removed.reply.status).toBe(200);
    expectWellFormedCall(removed.call);
    await expect.poll(() => fake.world.messages.has(message.id)).toBe(false);
  });

  it('defers /reload (type 5) and finishes it through the webhook', async () => {
    const reload = fake.build.chatInput({
      name: 'reload',
      user: fake.world.owner,
      memberPermissions: String(PermissionFlagsBits.ManageGuild),
    });
    const { call } = await deliver(fake, client, reload);
    expect(callbackOf(call).type).toBe(CALLBACK.deferredMessage);
    expectWellFormedCall(call);
    const edit = await fake.waitForInteractionCall(reload, ROUTES.editOriginal, { timeoutMs: 15_000 });
    expectWellFormedCall(edit);
    expect(messageBody(edit).content).toMatch(/^Reloaded: \d+ passages/);
  });
});

describe('refusals by the real process', () => {
  const ask = () =>
    JSON.stringify(fake.build.chatInput({ name: 'ask', options: { question: 'What is a GPU?' } }));
  const questionsLogged = () => endpoint.logs().filter((r) => r['event'] === 'question').length;

  it('answers nothing without a valid signature, and says why with the right status', async () => {
    const before = questionsLogged();
    const restBefore = fake.restCalls().length;
    const body = ask();
    const json = { 'content-type': 'application/json' };
    const cases: [string, Parameters<EndpointClient['send']>[0], number][] = [
      ['no signature', { body, headers: json }, 401],
      ['another key', { body, headers: { ...json, ...createSigner().headers(body) } }, 401],
      ['another body', { body, headers: { ...json, ...setup.signer.headers(ask()) } }, 401],
      [
        'stale timestamp',
        { body, headers: { ...json, ...setup.signer.headers(body, Date.now() - 6 * 60_000) } },
        401,
      ],
      [
        'oversized body',
        {
          body: `${body}${' '.repeat(70_000)}`,
          headers: setup.signer.headers(`${body}${' '.repeat(70_000)}`),
        },
        413,
      ],
      ['garbage JSON', { body: '{"type":2,', headers: setup.signer.headers('{"type":2,') }, 400],
      [
        'unknown type',
        {
          body: body.replace('"type":2', '"type":42'),
          headers: setup.signer.headers(body.replace('"type":2', '"type":42')),
        },
        400,
      ],
      ['wrong method', { method: 'GET', headers: setup.signer.headers('') }, 405],
      [
        'wrong path',
        { path: '/interaction', body, headers: { ...json, ...setup.signer.headers(body) } },
        404,
      ],
    ];
    for (const [name, request, status] of cases) {
      const reply = await client.send(request);
      expect(reply.status, name).toBe(status);
    }
    // Nothing reached the handlers: no question logged, nothing sent to Discord.
    expect(questionsLogged()).toBe(before);
    expect(fake.restCalls().length).toBe(restBefore);
  });
});

describe('SIGTERM', () => {
  it('finishes the deferred work in flight, then exits 0', async () => {
    // Discord is slow to take the edit: it is still in flight when SIGTERM arrives.
    fake.faults.rest.delay(ROUTES.editOriginal, 1_500, 1);
    const reload = fake.build.chatInput({
      name: 'reload',
      user: fake.world.owner,
      memberPermissions: String(PermissionFlagsBits.ManageGuild),
    });
    const { call } = await deliver(fake, client, reload);
    expect(callbackOf(call).type).toBe(CALLBACK.deferredMessage);
    const edit = await fake.waitForInteractionCall(reload, ROUTES.editOriginal, { timeoutMs: 15_000 });
    expect(edit.response).toBeUndefined();
    endpoint.child.kill('SIGTERM');
    // npm exits with the endpoint's status.
    expect(await endpoint.exitWithin(10_000)).toEqual({ code: 0, signal: null });
    expect(edit.response?.status).toBe(200);
    expect(messageBody(edit).content).toMatch(/^Reloaded: \d+ passages/);
    expect(endpoint.stdout + endpoint.stderr).not.toContain(FAKE_TOKEN);
  });
});
