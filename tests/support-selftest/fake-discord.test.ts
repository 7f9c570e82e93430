/** Self-test of the fake Discord with a real discord.js client: login, interactions, messages. */
import {
  ChannelType,
  Events,
  GatewayIntentBits,
  InteractionResponseType,
  Team,
  TeamMemberRole,
  User,
  type Client,
  type Message,
} from 'discord.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startFakeDiscord, type FakeDiscord } from '../support/fake-discord/index.js';
import { HandlerErrors, loginAndWaitReady, makeClient, TEST_INTENTS, until } from './client-harness.js';

let fake: FakeDiscord;
let client: Client | undefined;
let handlers: HandlerErrors;

async function startBot(options: Parameters<typeof startFakeDiscord>[0] = {}): Promise<Client> {
  fake = await startFakeDiscord(options);
  client = makeClient(fake);
  await loginAndWaitReady(client, fake);
  return client;
}

beforeEach(() => {
  handlers = new HandlerErrors();
  client = undefined;
});

afterEach(async () => {
  await client?.destroy();
  await fake.close();
  expect(handlers.errors).toEqual([]);
});

describe('fake discord: login and interactions', () => {
  it('logs a real client in and records the IDENTIFY intents', async () => {
    const bot = await startBot();
    const identify = await fake.waitForIdentify();
    expect(identify.intents).toBe(TEST_INTENTS.reduce((a, b) => a | b, 0));
    expect(identify.d['token']).toBe('[redacted]');
    expect(bot.user?.id).toBe(fake.world.bot.id);
    expect(bot.channels.cache.get(fake.world.guild.textChannel.id)?.type).toBe(ChannelType.GuildText);
    expect(fake.restCalls('GET /gateway/bot')).toHaveLength(1);
    expect(fake.lifecycle()[0]?.query).toMatchObject({ v: '10', encoding: 'json' });
  });

  it('delivers a slash command and records reply() as callback type 4', async () => {
    const bot = await startBot();
    const seen: unknown[] = [];
    bot.on(
      Events.InteractionCreate,
      handlers.wrap(async (i) => {
        if (!i.isChatInputCommand()) return;
        seen.push([
          i.commandName,
          i.options.getString('question'),
          i.options.getBoolean('private'),
          i.memberPermissions?.bitfield,
        ]);
        await i.reply({ content: 'x' });
      }),
    );
    const call = await fake.interact(
      fake.build.chatInput({ name: 'ask', options: { question: 'why?', private: true } }),
    );
    expect(call.body).toMatchObject({
      type: InteractionResponseType.ChannelMessageWithSource,
      data: { content: 'x' },
    });
    expect(call.authorized).toBe(false);
    expect(call.headers['authorization']).toBeUndefined();
    expect(seen).toEqual([['ask', 'why?', true, expect.any(BigInt)]]);
  });

  it('records deferReply() as type 5, then editReply() as PATCH @original', async () => {
    const bot = await startBot();
    bot.on(
      Events.InteractionCreate,
      handlers.wrap(async (i) => {
        if (!i.isChatInputCommand()) return;
        await i.deferReply();
        await i.editReply({ content: 'done thinking' });
      }),
    );
    const payload = fake.build.chatInput({ name: 'ask', in: 'dm' });
    const first = await fake.interact(payload);
    expect(first.body).toMatchObject({ type: InteractionResponseType.DeferredChannelMessageWithSource });
    const edit = await fake.waitForInteractionCall(
      payload,
      'PATCH /webhooks/:appId/:token/messages/:messageId',
    );
    expect(edit.path).toBe(`/webhooks/${fake.world.application.id}/${payload.token}/messages/@original`);
    expect(edit.body).toMatchObject({ content: 'done thinking' });
    expect(edit.response?.status).toBe(200);
    // Like Discord, the edit reaches the bot's gateway as MESSAGE_UPDATE.
    await fake.waitForGateway((f) => f.t === 'MESSAGE_UPDATE');
  });

  it('returns an interaction callback resource when discord.js asks with_response=true', async () => {
    const bot = await startBot();
    const replies: string[] = [];
    bot.on(
      Events.InteractionCreate,
      handlers.wrap(async (i) => {
        if (!i.isChatInputCommand()) return;
        const response = await i.reply({ content: 'with body', withResponse: true });
        replies.push(response.resource?.message?.content ?? 'none');
      }),
    );
    const call = await fake.interact(fake.build.chatInput({ name: 'ask' }));
    expect(call.query['with_response']).toBe('true');
    await until(() => replies.length === 1);
    expect(replies).toEqual(['with body']);
  });

  it('records autocomplete respond() as callback type 8 with the choices', async () => {
    const bot = await startBot();
    bot.on(
      Events.InteractionCreate,
      handlers.wrap(async (i) => {
        if (!i.isAutocomplete()) return;
        const typed = i.options.getFocused();
        await i.respond([{ name: `${typed}-1`, value: `${typed}-1` }]);
      }),
    );
    const call = await fake.interact(
      fake.build.autocomplete({ name: 'ask', options: { question: 'gl', n: 3 }, focused: 'question' }),
    );
    expect(call.body).toEqual({
      type: InteractionResponseType.ApplicationCommandAutocompleteResult,
      data: { choices: [{ name: 'gl-1', value: 'gl-1' }] },
    });
  });

  it('delivers a button press; update() is callback type 7 and edits the stored message', async () => {
    const bot = await startBot();
    bot.on(
      Events.InteractionCreate,
      handlers.wrap(async (i) => {
        if (i.isButton() && i.customId === 'more') await i.update({ content: 'expanded', components: [] });
      }),
    );
    const payload = fake.build.button({ customId: 'more' });
    const call = await fake.interact(payload);
    expect(call.body).toMatchObject({
      type: InteractionResponseType.UpdateMessage,
      data: { content: 'expanded' },
    });
    expect(fake.world.messages.get(payload.message.id)?.content).toBe('expanded');
  });

  it('delivers a message context-menu command with its target message', async () => {
    const bot = await startBot();
    bot.on(
      Events.InteractionCreate,
      handlers.wrap(async (i) => {
        if (i.isMessageContextMenuCommand()) await i.reply({ content: `about: ${i.targetMessage.content}` });
      }),
    );
    const call = await fake.interact(
      fake.build.messageContextMenu({ name: 'Explain', targetContent: 'what is RAG?' }),
    );
    expect(call.body).toMatchObject({ data: { content: 'about: what is RAG?' } });
  });

  it('answers 400 "already acknowledged" to a second callback for one interaction', async () => {
    const bot = await startBot();
    const errors: unknown[] = [];
    bot.on(
      Events.InteractionCreate,
      handlers.wrap(async (i) => {
        if (!i.isChatInputCommand()) return;
        await i.reply({ content: 'first' });
        i.replied = false; // simulate a buggy bot that answers twice
        await i.reply({ content: 'second' }).catch((error: unknown) => errors.push(error));
      }),
    );
    const ref = fake.dispatchInteraction(fake.build.chatInput({ name: 'ask' }));
    await until(() => errors.length === 1);
    expect(fake.interactionCalls(ref).map((c) => c.response?.status)).toEqual([204, 400]);
    expect(errors[0]).toMatchObject({ code: 40060 });
  });
  it('parses multipart replies: payload_json becomes the body, files are recorded', async () => {
    const bot = await startBot();
    bot.on(
      Events.InteractionCreate,
      handlers.wrap(async (i) => {
        if (i.isChatInputCommand())
          await i.reply({
            content: 'see file',
            files: [{ attachment: Buffer.from('abc'), name: 'notes.txt' }],
          });
      }),
    );
    const call = await fake.interact(fake.build.chatInput({ name: 'ask' }));
    expect(call.headers['content-type']).toMatch(/^multipart\/form-data/);
    expect(call.body).toMatchObject({ type: 4, data: { content: 'see file', attachments: [{ id: '0' }] } });
    expect(call.files).toMatchObject([{ field: 'files[0]', filename: 'notes.txt', size: 3 }]);
  });

  it('stores registered guild commands, echoes ids, and uses them in interactions', async () => {
    const bot = await startBot();
    const guildId = fake.world.guild.guild.id;
    const registered = await bot.application?.commands.set(
      [
        {
          name: 'ask',
          description: 'Ask the article',
          options: [{ type: 3, name: 'question', description: 'q', required: true }],
        },
      ],
      guildId,
    );
    const put = await fake.waitForRest('PUT /applications/:appId/guilds/:guildId/commands');
    expect(put.params).toEqual({ appId: fake.world.application.id, guildId });
    const commandId = registered?.first()?.id;
    expect(commandId).toMatch(/^\d{17,19}$/);
    const ids: string[] = [];
    bot.on(Events.InteractionCreate, (i) => void (i.isChatInputCommand() && ids.push(i.commandId)));
    fake.dispatchInteraction(fake.build.chatInput({ name: 'ask', options: { question: 'q' } }));
    await until(() => ids.length === 1);
    expect(ids).toEqual([commandId]);
  });

  it('tells the application owner, a user or a team, through GET /applications/@me', async () => {
    const bot = await startBot();
    const byUser = await bot.application?.fetch();
    expect(byUser?.owner).toBeInstanceOf(User);
    expect(byUser?.owner?.id).toBe(fake.world.owner.id);
    fake.world.teamMembers = [
      { user: fake.world.owner },
      { user: fake.world.user, role: TeamMemberRole.ReadOnly },
    ];
    const byTeam = await bot.application?.fetch();
    expect(byTeam?.owner).toBeInstanceOf(Team);
    const team = byTeam?.owner instanceof Team ? byTeam.owner : undefined;
    expect(team?.members.get(fake.world.user.id)?.role).toBe(TeamMemberRole.ReadOnly);
    expect(team?.ownerId).toBe(fake.world.owner.id);
  });

  it('refuses content over 2000 characters with 400 Invalid Form Body', async () => {
    const bot = await startBot();
    const errors: unknown[] = [];
    bot.on(Events.InteractionCreate, (i) => {
      if (i.isChatInputCommand())
        i.reply({ content: 'x'.repeat(2001) }).catch((error: unknown) => errors.push(error));
    });
    fake.dispatchInteraction(fake.build.chatInput({ name: 'ask' }));
    await until(() => errors.length === 1);
    expect(errors[0]).toMatchObject({ status: 400, code: 50035 });
  });
});

describe('fake discord: messages', () => {
  function replyToMentions(bot: Client): Message[] {
    const received: Message[] = [];
    bot.on(
      Events.MessageCreate,
      handlers.wrap(async (message) => {
        if (message.author.bot) return;
        received.push(message);
        await message.reply(`re: ${message.content}`);
      }),
    );
    return received;
  }

  it('delivers a guild mention; message.reply() is a POST with message_reference', async () => {
    const received = replyToMentions(await startBot());
    const sent = fake.dispatchMessage({ content: 'hello bot', mentionBot: true });
    const reply = await fake.waitForReplyTo(sent.id);
    expect(reply.path).toBe(`/channels/${fake.world.guild.textChannel.id}/messages`);
    expect(reply.body).toMatchObject({ content: `re: <@${fake.world.bot.id}> hello bot` });
    expect(received[0]?.mentions.users.has(fake.world.bot.id)).toBe(true);
    // Discord echoes the bot's own reply back as MESSAGE_CREATE; the bot ignores it (author.bot).
    await fake.waitForGateway((f) => f.t === 'MESSAGE_CREATE' && (f.d as { id?: string }).id !== sent.id);
    expect(received).toHaveLength(1);
  });

  it('delivers a DM (uncached DM channel, Partials.Channel) and records the reply', async () => {
    const received = replyToMentions(await startBot());
    const sent = fake.dispatchMessage({ in: 'dm', content: 'psst' });
    const reply = await fake.waitForReplyTo(sent.id);
    expect(reply.path).toBe(`/channels/${fake.world.dmChannel.id}/messages`);
    expect(received[0]?.channel.type).toBe(ChannelType.DM);
    expect(received[0]?.guild).toBeNull();
  });

  it('carries @everyone and role mentions, and bot/webhook/own authors, as Discord does', async () => {
    const bot = await startBot();
    const seen: Message[] = [];
    bot.on(Events.MessageCreate, (m) => void seen.push(m));
    const roleId = fake.world.guild.role.id;
    fake.dispatchMessage({ content: 'all hands', mentionEveryone: true, mentionRoles: [roleId] });
    fake.dispatchMessage({ author: 'otherBot', mentionBot: true });
    fake.dispatchMessage({ author: 'webhook', mentionBot: true });
    fake.dispatchMessage({ author: 'self', content: 'my own words' });
    await until(() => seen.length === 4);
    const [everyone, fromBot, fromWebhook, own] = seen;
    expect(everyone?.mentions.everyone).toBe(true);
    expect(everyone?.mentions.roles.has(roleId)).toBe(true);
    expect(fromBot?.author.bot).toBe(true);
    expect(fromWebhook?.webhookId).toBe(fromWebhook?.author.id);
    expect(own?.author.id).toBe(bot.user?.id);
  });

  it('blanks guild message content without the MessageContent intent, except mentions', async () => {
    const bot = await startBot();
    const contents: string[] = [];
    bot.on(Events.MessageCreate, (m) => void contents.push(m.content));
    fake.dispatchMessage({ content: 'not for you' });
    fake.dispatchMessage({ content: 'for you', mentionBot: true });
    fake.dispatchMessage({ content: 'webhook says', author: 'webhook' });
    await until(() => contents.length === 3);
    expect(contents).toEqual(['', `<@${fake.world.bot.id}> for you`, '']);
  });

  it('withholds guild messages from a bot without the GuildMessages intent', async () => {
    fake = await startFakeDiscord();
    client = makeClient(fake, { intents: [GatewayIntentBits.Guilds] });
    await loginAndWaitReady(client, fake);
    expect(fake.dispatchMessage({ content: 'hi', mentionBot: true })).toBeDefined();
    expect(fake.gatewayFrames().some((f) => f.t === 'MESSAGE_CREATE')).toBe(false);
  });
});
