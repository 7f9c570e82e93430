/**
 * `npm start` (the gateway bot) with METRICS_PORT: /metrics is scraped, a known mix is played through
 * the local Discord (answered, declined, a repeat linked to the earlier answer, one refused by the
 * cooldown, by /ask, mention and DM; two votes; a reload and a failed one), and the next scrape has
 * moved by exactly that mix. Nothing private reaches a label.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { APIUser } from 'discord.js';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { NOTICES } from '../../src/bot/render/render-notice.js';
import { snowflake, startFakeDiscord, type FakeDiscord } from '../support/fake-discord/index.js';
import { freePort } from '../support/free-port.js';
import { movedBy, sampleValue, scrape } from '../support/prometheus-text.js';
import { scrapeOnceStored } from './support/mix-metrics.js';
import { mention, originalMessage } from './support/bot-harness.js';
import { botEnv, CONTENT_DIR, FAKE_TOKEN } from './support/bot-env.js';
import { spawnEntryPoint, type ChildBot } from './support/child-bot.js';
import {
  buttonsOf,
  callbackMessage,
  customIdWith,
  messageBody,
  type MessageBody,
} from './support/payloads.js';

let fake: FakeDiscord | undefined;
let bot: ChildBot | undefined;
let contentCopy: string | undefined;
afterEach(async () => {
  await bot?.kill();
  await fake?.close();
  if (contentCopy !== undefined) rmSync(contentCopy, { recursive: true, force: true });
});

/** Whether a reply is an answer (it has the 👍/👎 buttons) rather than a decline with suggestions. */
const isAnswer = (body: MessageBody): boolean => buttonsOf(body).some((b) => b.custom_id?.startsWith('fb:'));

const bob: APIUser = {
  id: snowflake(),
  username: 'bob',
  discriminator: '0',
  global_name: 'bob',
  avatar: null,
};

describe('metrics of the gateway bot', () => {
  it('GET /metrics on METRICS_PORT moves by exactly the questions, votes and reloads played', async () => {
    const content = (contentCopy = mkdtempSync(join(tmpdir(), 'qa-bot-metrics-content-')));
    cpSync(CONTENT_DIR, content, { recursive: true });
    // A short heartbeat, so the bot has measured its gateway ping by the end of the test.
    const discord = (fake = await startFakeDiscord({ token: FAKE_TOKEN, heartbeatIntervalMs: 1_000 }));
    const port = await freePort();
    bot = spawnEntryPoint(
      'src/app/main.ts',
      botEnv(discord, {
        LOG_LEVEL: 'info',
        CONTENT_DIR: content,
        METRICS_PORT: String(port),
        COOLDOWN_QUESTIONS: '5',
      }),
    );
    // tsx compiles the sources first: on a busy machine that takes a while.
    await bot.waitForLog({ event: 'metrics-ready' }, 30_000);
    await bot.waitForLog({ event: 'ready' }, 30_000);
    const url = `http://127.0.0.1:${port}/metrics`;
    const before = await scrape(url);

    // alice: five questions (the cooldown's limit), then a sixth that it refuses.
    const gpu = discord.build.chatInput({ name: 'ask', options: { question: 'What is a GPU?' } });
    const answer = callbackMessage(await discord.interact(gpu));
    expect(isAnswer(answer)).toBe(true);
    const knit = discord.build.chatInput({ name: 'ask', options: { question: 'How do I knit a scarf?' } });
    expect(isAnswer(callbackMessage(await discord.interact(knit)))).toBe(false);
    const repeat = discord.build.chatInput({ name: 'ask', options: { question: 'what is a gpu' } });
    expect(callbackMessage(await discord.interact(repeat)).content).toContain(NOTICES.earlier('').trim());
    expect(isAnswer(messageBody(await mention(discord, 'what does GPU stand for?')))).toBe(true);
    const dm = discord.dispatchMessage({ content: 'who won the 1998 world cup', in: 'dm' });
    expect(isAnswer(messageBody(await discord.waitForReplyTo(dm.id)))).toBe(false);
    const refused = discord.build.chatInput({ name: 'ask', options: { question: 'What is a hyperscaler?' } });
    expect(callbackMessage(await discord.interact(refused)).content).toBe(NOTICES.cooldown);

    // 👍 from bob and 👎 from alice on the first answer.
    const message = originalMessage(discord, gpu);
    for (const [vote, user] of [
      ['up', bob],
      ['down', discord.world.user],
    ] as const)
      await discord.interact(
        discord.build.button({ customId: customIdWith(answer, `fb:${vote}:`), message, user }),
      );

    // A reload, then one of a broken folder (the old content keeps serving).
    bot.child.kill('SIGHUP');
    await bot.waitForLog({ event: 'reload', ok: true });
    writeFileSync(join(content, 'article.md'), '');
    bot.child.kill('SIGHUP');
    await bot.waitForLog({ event: 'reload', ok: false });

    // Five questions and two votes reach the store (written within a second); the counters with them.
    const after = await scrapeOnceStored(url, before, 7);
    expect(movedBy(before, after, 'qa_bot_questions_total')).toEqual({
      'via=command:ask,outcome=answered': 1,
      'via=command:ask,outcome=declined': 1,
      'via=command:ask,outcome=linked': 1,
      'via=command:ask,outcome=cooldown': 1,
      'via=mention,outcome=answered': 1,
      'via=dm,outcome=declined': 1,
    });
    expect(movedBy(before, after, 'qa_bot_answer_duration_seconds_count')).toEqual({
      'via=command:ask': 2,
      'via=mention': 1,
      'via=dm': 1,
    });
    expect(movedBy(before, after, 'qa_bot_feedback_votes_total')).toEqual({ 'vote=up': 1, 'vote=down': 1 });
    expect(movedBy(before, after, 'qa_bot_content_reloads_total')).toEqual({ '': 2 });
    expect(movedBy(before, after, 'qa_bot_content_reload_failures_total')).toEqual({ '': 1 });
    expect(sampleValue(after, 'qa_bot_store_records_dropped_total')).toBe(0);
    expect(sampleValue(after, 'qa_bot_store_queued_records')).toBe(0);
    expect(sampleValue(after, 'process_cpu_seconds_total')).toBeGreaterThan(0);

    // The gateway's ping, in seconds, once the first heartbeat has been acknowledged.
    await vi.waitFor(
      async () =>
        expect(
          sampleValue(await scrape(url), 'qa_bot_gateway_ping_seconds', { shard: '0' }),
        ).toBeGreaterThanOrEqual(0),
      { timeout: 10_000, interval: 200 },
    );

    // No token, id or question text anywhere in the scrape.
    const text = await (await fetch(url)).text();
    const { guild, textChannel } = discord.world.guild;
    for (const secret of [FAKE_TOKEN, discord.world.user.id, bob.id, guild.id, textChannel.id, 'GPU', 'knit'])
      expect(text).not.toContain(secret);
  });
});
