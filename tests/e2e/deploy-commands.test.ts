/** `deploy-commands` registers the bot's commands in one PUT whose definitions obey Discord's rules. */
import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { startFakeDiscord, type FakeDiscord } from '../support/fake-discord/index.js';
import { FAKE_TOKEN } from './support/bot-env.js';
import { spawnEntryPoint, type ChildBot } from './support/child-bot.js';
import { ROUTES } from './support/payloads.js';

// Discord's rules for application commands (developer docs: Application Commands).
const CHAT_INPUT_NAME = /^[-_\p{L}\p{N}]{1,32}$/u;
const description = z.string().min(1).max(100);
const lowercaseName = z
  .string()
  .regex(CHAT_INPUT_NAME)
  .refine((name) => name === name.toLowerCase(), 'lowercase');

const ChoiceSchema = z.strictObject({
  name: z.string().min(1).max(100),
  value: z.union([z.string().max(100), z.number()]),
});

const OptionSchema = z
  .looseObject({
    type: z.number().int().min(3).max(11),
    name: lowercaseName,
    description,
    required: z.boolean().optional(),
    choices: z.array(ChoiceSchema).max(25).optional(),
    autocomplete: z.boolean().optional(),
    min_length: z.number().int().min(0).max(6000).optional(),
    max_length: z.number().int().min(1).max(6000).optional(),
  })
  .refine(
    (o) => !(o.autocomplete === true && o.choices !== undefined),
    'autocomplete and choices exclude each other',
  );

const CONTEXTS = z.array(z.union([z.literal(0), z.literal(1), z.literal(2)])).optional();
const PERMISSIONS = z.string().regex(/^\d+$/).nullable().optional();

const ChatInputSchema = z.looseObject({
  type: z.literal(1).optional(),
  name: lowercaseName,
  description,
  options: z
    .array(OptionSchema)
    .max(25)
    .refine((options) => {
      const firstOptional = options.findIndex((o) => o.required !== true);
      return firstOptional === -1 || options.slice(firstOptional).every((o) => o.required !== true);
    }, 'required options come before optional ones')
    .optional(),
  default_member_permissions: PERMISSIONS,
  contexts: CONTEXTS,
});

const MessageCommandSchema = z.looseObject({
  type: z.literal(3),
  name: z.string().min(1).max(32),
  description: z.literal('').optional(),
  options: z.never().optional(),
  default_member_permissions: PERMISSIONS,
  contexts: CONTEXTS,
});

let fake: FakeDiscord | undefined;
let child: ChildBot | undefined;

afterEach(async () => {
  await child?.kill();
  await fake?.close();
  child = undefined;
  fake = undefined;
});

describe('deploy-commands', () => {
  it('sends exactly one guild PUT with valid definitions for every command', async () => {
    fake = await startFakeDiscord({ token: FAKE_TOKEN });
    const appId = fake.world.application.id;
    const guildId = fake.world.guild.guild.id;
    child = spawnEntryPoint('src/app/deploy-commands.ts', {
      DISCORD_TOKEN: FAKE_TOKEN,
      DISCORD_APPLICATION_ID: appId,
      DISCORD_GUILD_ID: guildId,
      DISCORD_API_URL: fake.restBase,
    });
    const exit = await child.exitWithin(15_000);
    expect(exit, child.stderr).toEqual({ code: 0, signal: null });

    const calls = fake.restCalls();
    expect(calls.map((c) => c.route)).toEqual([ROUTES.guildCommands]);
    const [put] = calls;
    expect(put?.path).toBe(`/applications/${appId}/guilds/${guildId}/commands`);
    expect(put?.response?.status).toBe(200);
    const definitions = z
      .array(z.looseObject({ type: z.number().optional(), name: z.string() }))
      .parse(put?.body);

    const chatInput = definitions.filter((d) => (d.type ?? 1) === 1);
    const messageMenu = definitions.filter((d) => d.type === 3);
    expect(chatInput.length + messageMenu.length).toBe(definitions.length);
    for (const definition of chatInput) ChatInputSchema.parse(definition);
    for (const definition of messageMenu) MessageCommandSchema.parse(definition);
    // Names are unique per command type.
    expect(new Set(chatInput.map((d) => d.name)).size).toBe(chatInput.length);
    expect(new Set(messageMenu.map((d) => d.name)).size).toBe(messageMenu.length);
    expect(chatInput.map((d) => d.name).sort()).toEqual([
      'about',
      'ask',
      'glossary',
      'help',
      'reload',
      'stats',
      'topics',
    ]);
    expect(messageMenu.map((d) => d.name)).toEqual(['Ask about this message']);

    expect(child.stdout).toContain(`Registered ${definitions.length} commands in guild ${guildId}`);
    expect(child.stdout + child.stderr).not.toContain(FAKE_TOKEN);
    expect(fake.world.commands.get(guildId)).toHaveLength(definitions.length);
  });
});
