/**
 * The endpoint's modes: in one process with the gateway bot (`npm start` with INTERACTIONS_PORT),
 * alone and in-process for the deferred path, without a token, and refusing to start unconfigured.
 */
import { PermissionFlagsBits } from 'discord-api-types/v10';
import { afterEach, describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/parse-config.js';
import { loadKnowledge } from '../../src/knowledge/load-knowledge.js';
import { startEndpoint, type RunningEndpoint } from '../../src/app/start-endpoint.js';
import { startFakeDiscord, type FakeDiscord } from '../support/fake-discord/index.js';
import type { EndpointClient } from '../support/interactions-http/client.js';
import { CONTENT_DIR, FAKE_TOKEN } from './support/bot-env.js';
import { spawnEntryPoint, type ChildBot } from './support/child-bot.js';
import { expectWellFormedCall } from './support/expect-well-formed.js';
import { deliver, endpointSetup } from './support/http-endpoint.js';
import { LogCapture } from './support/log-capture.js';
import {
  CALLBACK,
  callbackMessage,
  callbackOf,
  firstEmbed,
  isEphemeral,
  messageBody,
  ROUTES,
} from './support/payloads.js';
import { slowKnowledge } from './support/slow-knowledge.js';

let fake: FakeDiscord | undefined;
let child: ChildBot | undefined;
let running: RunningEndpoint | undefined;
let client: EndpointClient | undefined;

afterEach(async () => {
  client?.close();
  await running?.stop();
  await child?.kill();
  await fake?.close();
  fake = undefined;
  child = undefined;
  running = undefined;
  client = undefined;
});

describe('npm start with a token and INTERACTIONS_PORT', () => {
  it('answers over the gateway and the endpoint in one process, with one cooldown, and stops both on SIGTERM', async () => {
    const discord = await startFakeDiscord({ token: FAKE_TOKEN });
    fake = discord;
    const setup = await endpointSetup(discord, { COOLDOWN_QUESTIONS: '2' });
    child = spawnEntryPoint('src/app/main.ts', setup.env);
    await child.waitForLog({ event: 'ready' });
    expect(await child.waitForLog({ event: 'endpoint-ready' })).toMatchObject({ port: setup.port });
    client = setup.client();

    const ask = (question: string) => discord.build.chatInput({ name: 'ask', options: { question } });
    const overGateway = await discord.interact(ask('What is a hyperscaler?'));
    expect(callbackOf(overGateway).type).toBe(CALLBACK.message);
    expectWellFormedCall(overGateway);
    const overHttp = await deliver(discord, client, ask('What is a GPU?'));
    expect(callbackOf(overHttp.call).type).toBe(CALLBACK.message);
    expectWellFormedCall(overHttp.call);
    expect(firstEmbed(callbackMessage(overHttp.call)).footer?.text).toContain('glossary: GPU');

    // Two questions used alice's two: the third is refused whichever transport brings it.
    const third = await deliver(discord, client, ask('Who designs Trainium?'));
    expect(callbackOf(third.call).type).toBe(CALLBACK.message);
    expect(isEphemeral(callbackMessage(third.call))).toBe(true);
    expect(callbackMessage(third.call).embeds ?? []).toEqual([]);

    child.child.kill('SIGTERM');
    expect(await child.exitWithin(8_000)).toEqual({ code: 0, signal: null });
    expect(child.logs().map((r) => r.msg)).toContain('Client destroyed');
    expect(child.stdout + child.stderr).not.toContain(FAKE_TOKEN);
  });
});

describe('npm run start:http', () => {
  it.each([
    [{}, /DISCORD_PUBLIC_KEY: expected .*\n.*INTERACTIONS_PORT: expected/],
    [{ DISCORD_PUBLIC_KEY: 'ab'.repeat(32) }, /^Invalid configuration: INTERACTIONS_PORT: expected/],
    [{ INTERACTIONS_PORT: '8080' }, /^Invalid configuration: DISCORD_PUBLIC_KEY: expected/],
    [{ DISCORD_PUBLIC_KEY: 'not-a-key', INTERACTIONS_PORT: '8080' }, /DISCORD_PUBLIC_KEY: expected/],
  ])('refuses to start with %o, naming what is missing', async (env, message) => {
    child = spawnEntryPoint('src/app/http-main.ts', { CONTENT_DIR, ...env });
    expect(await child.exitWithin(15_000)).toEqual({ code: 1, signal: null });
    expect(child.stderr).toMatch(message);
  });

  it('without a token: no owner to ask, so /reload is for ADMIN_GUILD_ID managers only', async () => {
    const discord = await startFakeDiscord();
    fake = discord;
    const setup = await endpointSetup(discord, {
      DISCORD_TOKEN: '',
      ADMIN_GUILD_ID: discord.world.guild.guild.id,
    });
    child = spawnEntryPoint('src/app/http-main.ts', setup.env);
    expect(await child.waitForLog({ event: 'ready' })).toMatchObject({ mode: 'http', withToken: false });
    client = setup.client();
    const reloadBy = (user: typeof discord.world.owner, permissions: bigint) =>
      discord.build.chatInput({ name: 'reload', user, memberPermissions: String(permissions) });

    // The owner, but without Manage Server in the admin guild: nobody can tell they own the application.
    const owner = reloadBy(discord.world.owner, 0n);
    expect(callbackOf((await deliver(discord, client, owner)).call).type).toBe(CALLBACK.deferredMessage);
    const refused = await discord.waitForInteractionCall(owner, ROUTES.editOriginal, { timeoutMs: 10_000 });
    expect(messageBody(refused).content).toMatch(/Only the bot's operator/);

    const manager = reloadBy(discord.world.user, PermissionFlagsBits.ManageGuild);
    await deliver(discord, client, manager);
    const reloaded = await discord.waitForInteractionCall(manager, ROUTES.editOriginal, {
      timeoutMs: 15_000,
    });
    expect(messageBody(reloaded).content).toMatch(/^Reloaded: \d+ passages/);
    // No token was ever sent: nothing asked for the application.
    expect(discord.restCalls().filter((c) => c.authorized)).toEqual([]);
  });
});

describe('the endpoint in-process', () => {
  it('defers /ask (type 5) when answering takes too long, then edits @original with the answer', async () => {
    const discord = await startFakeDiscord();
    fake = discord;
    const setup = await endpointSetup(discord);
    const slow = slowKnowledge(await loadKnowledge(CONTENT_DIR));
    const logs = new LogCapture();
    running = await startEndpoint(parseConfig(setup.env), {
      logger: logs.logger,
      loadKnowledge: () => Promise.resolve(slow.knowledge),
    });
    client = setup.client();
    // Past the 2.5 s budget for the first response: answering blocks like a huge index would.
    slow.slowDownNext(2_600);
    const payload = discord.build.chatInput({ name: 'ask', options: { question: 'What is a hyperscaler?' } });
    const { call } = await deliver(discord, client, payload);
    expect(callbackOf(call).type).toBe(CALLBACK.deferredMessage);
    expectWellFormedCall(call);
    const edit = await discord.waitForInteractionCall(payload, ROUTES.editOriginal);
    expect(edit.path).toBe(`/webhooks/${discord.world.application.id}/${payload.token}/messages/@original`);
    expectWellFormedCall(edit);
    expect(firstEmbed(messageBody(edit)).footer?.text).toContain('glossary: Hyperscaler');
    await running.stop();
    expect(logs.find({ msg: 'Endpoint closed' })).toHaveLength(1);
  });
});
