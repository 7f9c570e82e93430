import type {
  APIApplicationCommandAutocompleteInteraction,
  APIChatInputApplicationCommandInteraction,
  APIMessageApplicationCommandInteraction,
  RESTPostAPIChatInputApplicationCommandsJSONBody,
  RESTPostAPIContextMenuApplicationCommandsJSONBody,
} from 'discord-api-types/v10';
import type { InteractionReply } from '../interactions/interaction-reply.js';
import type { BotContext } from '../bot-context.js';

/** A slash command: its definition as Discord receives it, and its handlers over the raw interaction. */
export interface SlashCommand {
  readonly data: RESTPostAPIChatInputApplicationCommandsJSONBody;
  execute(
    interaction: APIChatInputApplicationCommandInteraction,
    reply: InteractionReply,
    ctx: BotContext,
  ): Promise<void>;
  /** Must answer within 3 s and cannot be deferred. */
  autocomplete?(
    interaction: APIApplicationCommandAutocompleteInteraction,
    reply: InteractionReply,
    ctx: BotContext,
  ): Promise<void>;
}

/** A message context-menu command. */
export interface MessageCommand {
  readonly data: RESTPostAPIContextMenuApplicationCommandsJSONBody;
  execute(
    interaction: APIMessageApplicationCommandInteraction,
    reply: InteractionReply,
    ctx: BotContext,
  ): Promise<void>;
}
