import type { RESTPostAPIApplicationCommandsJSONBody } from 'discord-api-types/v10';
import { aboutCommand } from './about.js';
import { askAboutMessageCommand } from './ask-about-message.js';
import { askCommand } from './ask.js';
import type { MessageCommand, SlashCommand } from './command.js';
import { glossaryCommand } from './glossary.js';
import { helpCommand } from './help.js';
import { reloadCommand } from './reload.js';
import { statsCommand } from './stats.js';
import { topicsCommand } from './topics.js';

// The static command map: the bot routes with it and deploy-commands registers exactly these.

/** Slash commands by name. */
export const slashCommands: ReadonlyMap<string, SlashCommand> = new Map(
  [askCommand, glossaryCommand, topicsCommand, aboutCommand, helpCommand, reloadCommand, statsCommand].map(
    (c) => [c.data.name, c],
  ),
);

/** Message context-menu commands by name. */
export const messageCommands: ReadonlyMap<string, MessageCommand> = new Map(
  [askAboutMessageCommand].map((c) => [c.data.name, c]),
);

/** Every definition, as the body of one bulk-overwrite PUT. */
export const commandDefinitions: readonly RESTPostAPIApplicationCommandsJSONBody[] = [
  ...[...slashCommands.values()].map((c) => c.data),
  ...[...messageCommands.values()].map((c) => c.data),
];
