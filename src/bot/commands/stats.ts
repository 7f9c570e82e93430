import {
  ApplicationCommandType,
  InteractionContextType,
  PermissionFlagsBits,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord-api-types/v10';
import { memberHas } from '../interactions/read-interaction.js';
import { ACTIVITY_CHART_NAME } from '../../review/activity-chart-name.js';
import { buildReview } from '../../review/build-review.js';
import type { DayCount } from '../../store/records.js';
import { NOTICES, renderNotice } from '../render/render-notice.js';
import { renderStatsEmbed } from '../render/render-stats.js';
import type { SlashCommand } from './command.js';

const data = {
  type: ApplicationCommandType.ChatInput,
  name: 'stats',
  description: 'What this server asks me: answered, declined, most 👎, per day (Manage Server)',
  contexts: [InteractionContextType.Guild],
  default_member_permissions: String(PermissionFlagsBits.ManageGuild),
} satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

/** The report covers this many days; the chart shows the last 14 of them. */
export const STATS_DAYS = 30;
const SHOWN = 5;
/**
 * Reading and grouping run on the event loop that answers questions: /stats reads and groups the
 * most recent declined questions only (totals still count them all). `npm run review` groups every one.
 */
const GROUPED_AT_MOST = 2_000;

/**
 * The chart renderer loads echarts and resvg (tens of MB of memory): only the first /stats pays for
 * them, not every bot at start-up. Node caches the module, so later calls import nothing.
 */
async function renderChart(perDay: readonly DayCount[]): Promise<Buffer> {
  const { renderActivityChart } = await import('../../review/render-activity-chart.js');
  return renderActivityChart(perDay);
}

/**
 * `/stats`: this server's review report as a private embed with a questions-per-day chart attached.
 * Deferred first: reading the store and drawing the chart can take longer than the 3 s Discord allows.
 * Discord hides the command from members without Manage Server, and the handler checks it again.
 */
export const statsCommand: SlashCommand = {
  data,
  async execute(interaction, reply, ctx) {
    await reply.defer({ ephemeral: true });
    const guildId = interaction.guild_id;
    if (guildId === undefined || !memberHas(interaction, PermissionFlagsBits.ManageGuild)) {
      await reply.editOriginal(renderNotice(NOTICES.statsForManagers));
      return;
    }
    if (ctx.readActivity === undefined) {
      await reply.editOriginal(renderNotice(NOTICES.statsOff));
      return;
    }
    let activity;
    try {
      activity = await ctx.readActivity({ days: STATS_DAYS, guildId, maxDeclined: GROUPED_AT_MOST });
    } catch (error) {
      ctx.logger.warn({ err: error, event: 'stats' }, 'Could not read the store for /stats');
      await reply.editOriginal(renderNotice(NOTICES.statsUnavailable));
      return;
    }
    const review = buildReview(activity, ctx.store.getKnowledge(), {
      days: STATS_DAYS,
      guildId,
      maxGroups: SHOWN,
      maxDisliked: SHOWN,
    });
    const chart = await renderChart(review.perDay);
    await reply.editOriginal(
      { embeds: [renderStatsEmbed(review)], components: [], allowed_mentions: { parse: [] } },
      [{ name: ACTIVITY_CHART_NAME, data: chart }],
    );
  },
};
