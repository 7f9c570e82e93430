/** Payload builders bound to one fake world (build only; dispatch with `fake.dispatch*`). */
import type { World } from './world.js';
import { incomingMessage, type IncomingMessageOptions } from './payloads/messages.js';
import {
  autocomplete,
  button,
  chatInput,
  messageContextMenu,
  type AutocompleteInteractionOptions,
  type ButtonOptions,
  type ChatInputOptions,
  type MessageContextMenuOptions,
} from './payloads/interactions.js';

export function payloadBuilders(world: World) {
  return {
    /** Slash command (type 2, data type 1). */
    chatInput: (o: ChatInputOptions) => chatInput(world, o),
    /** Autocomplete (type 4) with one focused option. */
    autocomplete: (o: AutocompleteInteractionOptions) => autocomplete(world, o),
    /** Button press (type 3, component type 2). */
    button: (o: ButtonOptions) => button(world, o),
    /** Message context-menu command (type 2, data type 3, resolved.messages). */
    messageContextMenu: (o: MessageContextMenuOptions) => messageContextMenu(world, o),
    /** MESSAGE_CREATE payload. */
    message: (o: IncomingMessageOptions = {}) => incomingMessage(world, o),
  };
}

export type PayloadBuilders = ReturnType<typeof payloadBuilders>;
