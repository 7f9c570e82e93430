import { Routes, type REST } from 'discord.js';
import type { RESTPostAPIApplicationCommandsJSONBody } from 'discord-api-types/v10';

/** Where commands go: one guild (instant, for development) or global. */
export interface CommandScope {
  readonly applicationId: string;
  readonly guildId: string | undefined;
}

/** Replaces the application's commands with `definitions` in one bulk PUT; resolves to how many Discord kept. */
export async function registerCommands(
  rest: REST,
  scope: CommandScope,
  definitions: readonly RESTPostAPIApplicationCommandsJSONBody[],
): Promise<number> {
  const route =
    scope.guildId === undefined
      ? Routes.applicationCommands(scope.applicationId)
      : Routes.applicationGuildCommands(scope.applicationId, scope.guildId);
  const saved = await rest.put(route, { body: definitions });
  return Array.isArray(saved) ? saved.length : definitions.length;
}
