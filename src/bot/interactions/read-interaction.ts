import {
  ApplicationCommandOptionType,
  InteractionType,
  type APIApplicationCommandInteractionDataOption,
  type APIInteraction,
} from 'discord-api-types/v10';

// Readers of the raw interaction JSON, shared by every handler. Discord sends what the command
// definitions declare, but a payload is input like any other: a missing or mistyped field reads as absent.

/** Who acted: the member's user in a guild, the user in a DM. */
export function userIdOf(interaction: APIInteraction): string {
  // `?.` after `user` too: the error boundary reads this, and must not throw on what it reports.
  const member = interaction.member as { user?: { id?: unknown } } | undefined;
  const id = member?.user?.id ?? interaction.user?.id;
  return typeof id === 'string' ? id : '';
}

/** The channel the interaction came from ('' if Discord sent none, which it does only for PING). */
export function channelIdOf(interaction: APIInteraction): string {
  return interaction.channel?.id ?? interaction.channel_id ?? '';
}

export function guildIdOf(interaction: APIInteraction): string | null {
  return interaction.guild_id ?? null;
}

type Options = readonly APIApplicationCommandInteractionDataOption[] | undefined;

function optionsOf(interaction: APIInteraction): Options {
  if (
    interaction.type !== InteractionType.ApplicationCommand &&
    interaction.type !== InteractionType.ApplicationCommandAutocomplete
  )
    return undefined;
  return 'options' in interaction.data ? interaction.data.options : undefined;
}

/** A string option's value; '' when absent. */
export function stringOption(interaction: APIInteraction, name: string): string {
  const option = optionsOf(interaction)?.find((o) => o.name === name);
  return option?.type === ApplicationCommandOptionType.String && typeof option.value === 'string'
    ? option.value
    : '';
}

/** A boolean option's value; undefined when absent. */
export function booleanOption(interaction: APIInteraction, name: string): boolean | undefined {
  const option = optionsOf(interaction)?.find((o) => o.name === name);
  return option?.type === ApplicationCommandOptionType.Boolean && typeof option.value === 'boolean'
    ? option.value
    : undefined;
}

/** What the user has typed so far in the option autocomplete is asked for. */
export function focusedText(interaction: APIInteraction): string {
  const focused = optionsOf(interaction)?.find((o) => 'focused' in o && o.focused === true);
  return focused !== undefined && 'value' in focused && typeof focused.value === 'string'
    ? focused.value
    : '';
}

/** The command's name (commands and autocomplete), or undefined. */
export function commandNameOf(interaction: APIInteraction): string | undefined {
  return interaction.type === InteractionType.ApplicationCommand ||
    interaction.type === InteractionType.ApplicationCommandAutocomplete
    ? dataField(interaction, 'name')
    : undefined;
}

/** A string field of `data`, read so that a payload without `data` cannot make it throw. */
function dataField(interaction: APIInteraction, name: string): string | undefined {
  const data = (interaction as { data?: unknown }).data;
  const value =
    typeof data === 'object' && data !== null ? (data as Record<string, unknown>)[name] : undefined;
  return typeof value === 'string' ? value : undefined;
}

/** The log's view of an interaction: ids and names, no message content. Never throws. */
export function describeInteraction(interaction: APIInteraction) {
  return {
    id: interaction.id,
    type: interaction.type,
    command: commandNameOf(interaction),
    customId:
      interaction.type === InteractionType.MessageComponent ? dataField(interaction, 'custom_id') : undefined,
    guildId: guildIdOf(interaction),
    channelId: channelIdOf(interaction) || null,
    userId: userIdOf(interaction) || null,
  };
}

/** True when the member's permissions (a bitfield string Discord computed for this channel) include `flag`. */
export function memberHas(interaction: APIInteraction, flag: bigint): boolean {
  const permissions = interaction.member?.permissions;
  if (permissions === undefined || !/^\d{1,30}$/.test(permissions)) return false;
  return (BigInt(permissions) & flag) === flag;
}
