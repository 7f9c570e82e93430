/** Turns `{ question: 'hi', ephemeral: true }` into slash-command option payloads. */
import {
  ApplicationCommandOptionType,
  type APIApplicationCommandInteractionDataOption,
  type InteractionType,
} from 'discord-api-types/v10';

export type OptionValue = string | number | boolean;

type CommandOption = APIApplicationCommandInteractionDataOption<InteractionType.ApplicationCommand>;
type AutocompleteOption =
  APIApplicationCommandInteractionDataOption<InteractionType.ApplicationCommandAutocomplete>;

/** Either a name→value map of basic options, or raw option payloads (for subcommands etc.). */
export type CommandOptions = Record<string, OptionValue> | CommandOption[];
export type AutocompleteOptions = Record<string, OptionValue> | AutocompleteOption[];

function numericType(
  value: number,
): ApplicationCommandOptionType.Integer | ApplicationCommandOptionType.Number {
  return Number.isInteger(value) ? ApplicationCommandOptionType.Integer : ApplicationCommandOptionType.Number;
}

function commandOption(name: string, value: OptionValue): CommandOption {
  if (typeof value === 'boolean') return { name, type: ApplicationCommandOptionType.Boolean, value };
  if (typeof value === 'string') return { name, type: ApplicationCommandOptionType.String, value };
  return { name, type: numericType(value), value };
}

/** In autocomplete payloads Discord sends what the user typed, so numeric values arrive as strings. */
function autocompleteOption(name: string, value: OptionValue, focused: boolean): AutocompleteOption {
  const focus = focused ? { focused: true } : {};
  if (typeof value === 'boolean') return { name, type: ApplicationCommandOptionType.Boolean, value };
  if (typeof value === 'string') return { name, type: ApplicationCommandOptionType.String, value, ...focus };
  return { name, type: numericType(value), value: String(value), ...focus };
}

export function toCommandOptions(options: CommandOptions | undefined): CommandOption[] {
  if (!options) return [];
  if (Array.isArray(options)) return options;
  return Object.entries(options).map(([name, value]) => commandOption(name, value));
}

/** `focusedName` marks the option being typed. */
export function toAutocompleteOptions(
  options: AutocompleteOptions,
  focusedName: string,
): AutocompleteOption[] {
  if (Array.isArray(options)) return options;
  return Object.entries(options).map(([name, value]) =>
    autocompleteOption(name, value, name === focusedName),
  );
}
