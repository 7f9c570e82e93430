import { isAbsolute, relative, resolve, sep } from 'node:path';
import {
  ApplicationCommandType,
  InteractionContextType,
  PermissionFlagsBits,
  type APIChatInputApplicationCommandInteraction,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord-api-types/v10';
import { memberHas, userIdOf } from '../interactions/read-interaction.js';
import type { BotContext } from '../bot-context.js';
import { isOwner } from '../fetch-owner.js';
import type { ReloadResult } from '../../knowledge/reload-knowledge.js';
import { renderNotice } from '../render/render-notice.js';
import { renderReloadResult } from '../render/render-reload.js';
import type { SlashCommand } from './command.js';

const data = {
  type: ApplicationCommandType.ChatInput,
  name: 'reload',
  description: 'Recompile the content folder (bot operator)',
  contexts: [InteractionContextType.Guild],
  // Hides the command from ordinary members; who may actually run it is decided below.
  default_member_permissions: String(PermissionFlagsBits.ManageGuild),
} satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

const NOT_OPERATOR =
  "Only the bot's operator can reload its content: it changes the answers in every server.";

/**
 * `/reload`: recompiles content; a broken folder keeps the old knowledge and reports why. The
 * content is shared by every server, so Manage Server in one of them is not enough: only the
 * application's owner (or its team, read-only members aside) or someone with Manage Server in the
 * configured admin guild may reload.
 */
export const reloadCommand: SlashCommand = {
  data,
  async execute(interaction, reply, ctx) {
    // Asking Discord who owns the application can take a moment; defer first so the interaction cannot expire.
    await reply.defer({ ephemeral: true });
    const userId = userIdOf(interaction);
    if (!(await isOperator(interaction, ctx))) {
      ctx.logger.warn({ event: 'reload-command', userId, ok: false }, 'Reload refused');
      await reply.editOriginal(renderNotice(NOT_OPERATOR));
      return;
    }
    const result = await ctx.reload();
    ctx.logger.info({ event: 'reload-command', userId, ok: result.ok }, 'Reload requested');
    await reply.editOriginal(renderReloadResult(relativeToContent(result, ctx.contentDir)));
  },
};

async function isOperator(
  interaction: APIChatInputApplicationCommandInteraction,
  ctx: BotContext,
): Promise<boolean> {
  if (
    ctx.adminGuildId !== undefined &&
    interaction.guild_id === ctx.adminGuildId &&
    memberHas(interaction, PermissionFlagsBits.ManageGuild)
  ) {
    return true;
  }
  if (ctx.fetchOwner === undefined) return false;
  try {
    // Not cached: ownership can change while the bot runs, and a reload is rare.
    return isOwner(await ctx.fetchOwner(), userIdOf(interaction));
  } catch (error) {
    ctx.logger.warn({ err: error, event: 'reload-command' }, 'Could not fetch the application owner');
    return false;
  }
}

/**
 * The failure as the admin sees it in Discord: paths relative to the content folder, so server
 * paths (user names, layout) stay on the server. The log keeps them whole.
 */
function relativeToContent(result: ReloadResult, contentDir: string): ReloadResult {
  if (result.ok) return result;
  const folder = resolve(contentDir);
  const given = contentDir.replace(/[\\/]+$/u, '');
  // Paths inside the folder lose the folder (absolute, or as configured); the folder itself becomes ".".
  const inside = [folder, given]
    .filter((prefix) => prefix !== '')
    .map((prefix) => new RegExp(`(?<![\\w.-])${escapeRegExp(prefix + sep)}`, 'gu'));
  const itself = new RegExp(`(?<![\\w.-])${escapeRegExp(folder)}(?![\\w.-])`, 'gu');
  const strip = (text: string): string =>
    inside.reduce((out, pattern) => out.replace(pattern, ''), text).replace(itself, '.');
  return {
    ok: false,
    problems: result.problems.map((p) => ({
      file: isAbsolute(p.file) ? relative(folder, p.file) || '.' : strip(p.file),
      entry: strip(p.entry),
      reason: strip(p.reason),
    })),
  };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}
