import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  InteractionContextType,
  PermissionFlagsBits,
  type APIApplicationCommandOption,
} from 'discord-api-types/v10';
import { describe, expect, it } from 'vitest';
import { commandDefinitions, messageCommands, slashCommands } from '../../src/bot/commands/index.js';

const NAME = /^[-_\p{L}\p{N}]{1,32}$/u;

function checkOption(option: APIApplicationCommandOption): void {
  expect(option.name).toMatch(NAME);
  expect(option.name).toBe(option.name.toLowerCase());
  expect(option.description.length).toBeGreaterThanOrEqual(1);
  expect(option.description.length).toBeLessThanOrEqual(100);
  if ('choices' in option && option.choices) {
    expect(option.choices.length).toBeLessThanOrEqual(25);
    for (const choice of option.choices) {
      expect(choice.name.length).toBeLessThanOrEqual(100);
      if (typeof choice.value === 'string') expect(choice.value.length).toBeLessThanOrEqual(100);
    }
  }
  if (option.type === ApplicationCommandOptionType.String) {
    expect(option.max_length ?? 6000).toBeLessThanOrEqual(6000);
  }
}

describe('command definitions', () => {
  it('registers exactly the routed commands, with unique names', () => {
    const names = commandDefinitions.map((d) => d.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names.sort()).toEqual([...slashCommands.keys(), ...messageCommands.keys()].sort());
    expect([...slashCommands.keys()].sort()).toEqual([
      'about',
      'ask',
      'glossary',
      'help',
      'reload',
      'stats',
      'topics',
    ]);
  });

  it('offers /stats only in servers, to members with Manage Server', () => {
    const stats = slashCommands.get('stats')?.data;
    expect(stats?.contexts).toEqual([InteractionContextType.Guild]);
    expect(stats?.default_member_permissions).toBe(String(PermissionFlagsBits.ManageGuild));
  });

  it.each([...slashCommands.values()].map((c) => [c.data.name, c.data] as const))(
    '/%s follows Discord naming and size rules',
    (_name, data) => {
      expect(data.type).toBe(ApplicationCommandType.ChatInput);
      expect(data.name).toMatch(NAME);
      expect(data.name).toBe(data.name.toLowerCase());
      expect(data.description.length).toBeGreaterThanOrEqual(1);
      expect(data.description.length).toBeLessThanOrEqual(100);
      const options = data.options ?? [];
      expect(options.length).toBeLessThanOrEqual(25);
      options.forEach(checkOption);
      // Required options come before optional ones.
      const firstOptional = options.findIndex((o) => !('required' in o && o.required === true));
      if (firstOptional >= 0)
        expect(options.slice(firstOptional).some((o) => 'required' in o && o.required)).toBe(false);
    },
  );

  it('has the message context-menu command', () => {
    const [data] = [...messageCommands.values()].map((c) => c.data);
    expect(data?.type).toBe(ApplicationCommandType.Message);
    expect(data?.name).toBe('Ask about this message');
    expect(data?.name.length).toBeLessThanOrEqual(32);
  });

  it('/ask takes a required autocompleted question of at most 300 characters and a private flag', () => {
    const [question, isPrivate] = slashCommands.get('ask')?.data.options ?? [];
    expect(question).toMatchObject({ name: 'question', required: true, max_length: 300, autocomplete: true });
    expect(isPrivate).toMatchObject({ name: 'private', type: ApplicationCommandOptionType.Boolean });
    expect(slashCommands.get('ask')).toHaveProperty('autocomplete');
    expect(slashCommands.get('glossary')).toHaveProperty('autocomplete');
    expect(slashCommands.get('topics')).not.toHaveProperty('autocomplete');
  });

  it('/reload is for members who can manage the server', () => {
    expect(slashCommands.get('reload')?.data.default_member_permissions).toBe(
      String(PermissionFlagsBits.ManageGuild),
    );
  });
});
