/**
 * `npm run start:http` with METRICS_PORT: GET /metrics on the interactions port needs no signature
 * and is the same as on METRICS_PORT; a known mix of signed interactions (answered, declined, a repeat
 * linked to the earlier answer, one refused by the cooldown, a vote) moves the counters by exactly
 * that mix, and a request with a bad signature moves nothing.
 */
import type { APIUser } from 'discord.js';
import { afterEach, describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/parse-config.js';
import { NOTICES } from '../../src/bot/render/render-notice.js';
import { startEndpoint, type RunningEndpoint } from '../../src/app/start-endpoint.js';
import { snowflake, startFakeDiscord, type FakeDiscord } from '../support/fake-discord/index.js';
import type { EndpointClient } from '../support/interactions-http/client.js';
import { movedBy, parseExposition, sampleValue, scrape } from '../support/prometheus-text.js';
import { scrapeOnceStored } from './support/mix-metrics.js';
import { originalMessage } from './support/bot-harness.js';
import { FAKE_TOKEN } from './support/bot-env.js';
import { spawnEntryPoint, type ChildBot } from './support/child-bot.js';
import { LogCapture } from './support/log-capture.js';
import { deliver, endpointSetup, freePort } from './support/http-endpoint.js';
import { buttonsOf, callbackMessage, customIdWith, type MessageBody } from './support/payloads.js';

let fake: FakeDiscord | undefined;
let endpoint: ChildBot | undefined;
let client: EndpointClient | undefined;
let inProcess: RunningEndpoint | undefined;
afterEach(async () => {
  client?.close();
  await endpoint?.kill();
  await inProcess?.stop();
  await fake?.close();
});

const isAnswer = (body: MessageBody): boolean => buttonsOf(body).some((b) => b.custom_id?.startsWith('fb:'));
const bob: APIUser = {
  id: snowflake(),
  username: 'bob',
  discriminator: '0',
  global_name: 'bob',
  avatar: null,
};

describe('metrics of the HTTP endpoint', () => {
  it('GET /metrics, unsigned, moves by exactly the signed mix; METRICS_PORT serves the same', async () => {
    const discord = (fake = await startFakeDiscord({ token: FAKE_TOKEN }));
    const metricsPort = await freePort();
    const setup = await endpointSetup(discord, {
      COOLDOWN_QUESTIONS: '4',
      METRICS_PORT: String(metricsPort),
    });
    endpoint = spawnEntryPoint('src/app/http-main.ts', setup.env);
    // tsx compiles the sources first: on a busy machine that takes a while.
    await endpoint.waitForLog({ event: 'ready' }, 30_000);
    const http = (client = setup.client());
    const onEndpoint = `http://127.0.0.1:${setup.port}/metrics`;
    const onPort = `http://127.0.0.1:${metricsPort}/metrics`;
    const before = await scrape(onEndpoint);
    const ask = async (question: string) => {
      const payload = discord.build.chatInput({ name: 'ask', options: { question } });
      return { payload, body: callbackMessage((await deliver(discord, http, payload)).call) };
    };

    // alice: four questions (the cooldown's limit), then a fifth that it refuses.
    const gpu = await ask('What is a GPU?');
    expect(isAnswer(gpu.body)).toBe(true);
    expect(isAnswer((await ask('How do I knit a scarf?')).body)).toBe(false);
    expect((await ask('what is a gpu')).body.content).toContain(NOTICES.earlier('').trim());
    expect(isAnswer((await ask('What is a hyperscaler?')).body)).toBe(true);
    expect((await ask('who makes trainium and inferentia?')).body.content).toBe(NOTICES.cooldown);
    // bob's 👍 on the first answer.
    const vote = discord.build.button({
      customId: customIdWith(gpu.body, 'fb:up:'),
      message: originalMessage(discord, gpu.payload),
      user: bob,
    });
    expect((await deliver(discord, http, vote)).reply.status).toBe(200);
    // Signed with another key: refused before anything is read, and counted nowhere.
    const forged = discord.build.chatInput({
      name: 'ask',
      options: { question: 'What is a GPU?' },
      user: bob,
    });
    const refused = await http.send({
      body: JSON.stringify(forged),
      headers: {
        'content-type': 'application/json',
        'x-signature-ed25519': 'ab'.repeat(64),
        'x-signature-timestamp': String(Math.floor(Date.now() / 1000)),
      },
    });
    expect(refused.status).toBe(401);

    const after = await scrapeOnceStored(onEndpoint, before, 5);
    expect(movedBy(before, after, 'qa_bot_questions_total')).toEqual({
      'via=command:ask,outcome=answered': 2,
      'via=command:ask,outcome=declined': 1,
      'via=command:ask,outcome=linked': 1,
      'via=command:ask,outcome=cooldown': 1,
    });
    expect(movedBy(before, after, 'qa_bot_answer_duration_seconds_count')).toEqual({ 'via=command:ask': 3 });
    expect(movedBy(before, after, 'qa_bot_feedback_votes_total')).toEqual({ 'vote=up': 1 });
    // No gateway here: no ping series.
    expect(after.filter((s) => s.name === 'qa_bot_gateway_ping_seconds')).toEqual([]);

    // METRICS_PORT serves the same registry.
    const viaPort = await scrape(onPort);
    for (const name of ['qa_bot_questions_total', 'qa_bot_feedback_votes_total'])
      expect(movedBy(before, viaPort, name)).toEqual(movedBy(before, after, name));
    expect(sampleValue(viaPort, 'qa_bot_store_records_written_total')).toBe(
      sampleValue(after, 'qa_bot_store_records_written_total'),
    );

    // HEAD answers without a body; POST is not a scrape; nothing private in the text.
    expect((await http.send({ method: 'HEAD', path: '/metrics' })).text).toBe('');
    expect((await http.send({ method: 'POST', path: '/metrics', body: '{}' })).status).toBe(405);
    const text = (await http.send({ method: 'GET', path: '/metrics' })).text;
    expect(parseExposition(text).length).toBeGreaterThan(50);
    for (const secret of [
      FAKE_TOKEN,
      discord.world.user.id,
      bob.id,
      discord.world.guild.guild.id,
      'GPU',
      'knit',
    ])
      expect(text).not.toContain(secret);
  });

  it('INTERACTIONS_METRICS=off: /metrics is 404 on the endpoint, while interactions are answered', async () => {
    const discord = (fake = await startFakeDiscord({ token: FAKE_TOKEN }));
    const setup = await endpointSetup(discord, { INTERACTIONS_METRICS: 'off' });
    const running = (inProcess = await startEndpoint(parseConfig(setup.env), {
      logger: new LogCapture().logger,
    }));
    const http = (client = setup.client());
    expect((await http.send({ method: 'GET', path: '/metrics' })).status).toBe(404);
    const payload = discord.build.chatInput({ name: 'ask', options: { question: 'What is a GPU?' } });
    expect(isAnswer(callbackMessage((await deliver(discord, http, payload)).call))).toBe(true);
    // Still counted, for METRICS_PORT (were it set) and for whoever holds the running endpoint.
    const samples = parseExposition(await running.metrics.scrape());
    expect(sampleValue(samples, 'qa_bot_questions_total', { via: 'command:ask', outcome: 'answered' })).toBe(
      1,
    );
  });
});
