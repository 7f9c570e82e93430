/** INTERACTION_CREATE payloads: slash command, autocomplete, button, message context menu. */
import {
  ApplicationCommandType,
  ComponentType,
  InteractionType,
  type APIApplicationCommandAutocompleteInteraction,
  type APIChatInputApplicationCommandInteraction,
  type APIMessage,
  type APIMessageApplicationCommandInteraction,
  type APIMessageComponentButtonInteraction,
} from 'discord-api-types/v10';
import { snowflake } from '../snowflake.js';
import type { World } from '../world.js';
import { interactionCommon, type InteractionPlaceOptions } from './interaction-context.js';
import {
  toAutocompleteOptions,
  toCommandOptions,
  type AutocompleteOptions,
  type CommandOptions,
} from './interaction-options.js';
import { incomingMessage } from './messages.js';
import { messageWithButton } from './bot-messages.js';

export interface ChatInputOptions extends InteractionPlaceOptions {
  name: string;
  options?: CommandOptions;
}

export interface AutocompleteInteractionOptions extends InteractionPlaceOptions {
  name: string;
  options: AutocompleteOptions;
  /** Name of the option the user is typing in. */
  focused: string;
}

export interface ButtonOptions extends InteractionPlaceOptions {
  customId: string;
  /** The message carrying the button (default: a fresh bot message with that button). */
  message?: APIMessage;
}

export interface MessageContextMenuOptions extends InteractionPlaceOptions {
  name: string;
  /** Target message (default: a fresh message by alice with `targetContent`). */
  target?: APIMessage;
  targetContent?: string;
}

/** The id Discord would send: the registered command's id if the bot registered one by that name. */
function commandId(world: World, name: string, guildId: string | null): string {
  const registered = [
    ...(guildId ? (world.commands.get(guildId) ?? []) : []),
    ...(world.commands.get('global') ?? []),
  ];
  return registered.find((c) => c.name === name)?.id ?? snowflake();
}

export function chatInput(world: World, o: ChatInputOptions): APIChatInputApplicationCommandInteraction {
  const { common, place, guildId } = interactionCommon(world, o);
  const data = {
    id: commandId(world, o.name, guildId),
    name: o.name,
    type: ApplicationCommandType.ChatInput as const,
    options: toCommandOptions(o.options),
    ...(guildId ? { guild_id: guildId } : {}),
  };
  return { ...common, ...place, type: InteractionType.ApplicationCommand, data };
}

export function autocomplete(
  world: World,
  o: AutocompleteInteractionOptions,
): APIApplicationCommandAutocompleteInteraction {
  const { common, place, guildId } = interactionCommon(world, o);
  const data = {
    id: commandId(world, o.name, guildId),
    name: o.name,
    type: ApplicationCommandType.ChatInput as const,
    options: toAutocompleteOptions(o.options, o.focused),
    ...(guildId ? { guild_id: guildId } : {}),
  };
  return { ...common, ...place, type: InteractionType.ApplicationCommandAutocomplete, data };
}

export function button(world: World, o: ButtonOptions): APIMessageComponentButtonInteraction {
  const { common, place } = interactionCommon(world, o);
  const message = o.message ?? messageWithButton(world, common.channel.id, o.customId);
  world.messages.set(message.id, message);
  const data = { custom_id: o.customId, component_type: ComponentType.Button as const };
  return { ...common, ...place, type: InteractionType.MessageComponent, data, message };
}

export function messageContextMenu(
  world: World,
  o: MessageContextMenuOptions,
): APIMessageApplicationCommandInteraction {
  const { common, place, guildId } = interactionCommon(world, o);
  const target =
    o.target ??
    incomingMessage(world, {
      content: o.targetContent ?? 'a message',
      in: o.in ?? 'guild',
      channelId: common.channel.id,
    });
  world.messages.set(target.id, target);
  const data = {
    id: commandId(world, o.name, guildId),
    name: o.name,
    type: ApplicationCommandType.Message as const,
    target_id: target.id,
    resolved: { messages: { [target.id]: target } },
    ...(guildId ? { guild_id: guildId } : {}),
  };
  return { ...common, ...place, type: InteractionType.ApplicationCommand, data };
}
