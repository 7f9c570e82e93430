import {
  ApplicationCommandType,
  ComponentType,
  InteractionType,
  type APIApplicationCommandInteraction,
  type APIChatInputApplicationCommandInteraction,
  type APIInteraction,
  type APIMessageApplicationCommandInteraction,
} from 'discord-api-types/v10';
import type { BotContext } from '../bot-context.js';
import { handleButton } from '../buttons/handle-button.js';
import { messageCommands, slashCommands } from '../commands/index.js';
import { NOTICES, renderNotice } from '../render/render-notice.js';
import type { InteractionReply } from './interaction-reply.js';

/** Sends an interaction to its command, autocomplete or button handler; anything else gets a note. */
export async function routeInteraction(
  interaction: APIInteraction,
  reply: InteractionReply,
  ctx: BotContext,
): Promise<void> {
  switch (interaction.type) {
    case InteractionType.ApplicationCommand: {
      if (isChatInput(interaction)) {
        const command = slashCommands.get(interaction.data.name);
        if (command) return command.execute(interaction, reply, ctx);
      } else if (isMessageCommand(interaction)) {
        const command = messageCommands.get(interaction.data.name);
        if (command) return command.execute(interaction, reply, ctx);
      }
      break;
    }
    case InteractionType.ApplicationCommandAutocomplete: {
      const command = slashCommands.get(interaction.data.name);
      await (command?.autocomplete ? command.autocomplete(interaction, reply, ctx) : reply.choices([]));
      return;
    }
    case InteractionType.MessageComponent:
      if (interaction.data.component_type === ComponentType.Button)
        return handleButton(interaction, reply, ctx);
      break;
    case InteractionType.ModalSubmit:
      break;
    default:
      // PING is the HTTP transport's own business; nothing else can be answered.
      return;
  }
  await reply.message(renderNotice(NOTICES.unknownCommand), { ephemeral: true });
}

// Narrowing on data.type does not carry over to the interaction that holds it.
function isChatInput(
  interaction: APIApplicationCommandInteraction,
): interaction is APIChatInputApplicationCommandInteraction {
  return interaction.data.type === ApplicationCommandType.ChatInput;
}

function isMessageCommand(
  interaction: APIApplicationCommandInteraction,
): interaction is APIMessageApplicationCommandInteraction {
  return interaction.data.type === ApplicationCommandType.Message;
}
