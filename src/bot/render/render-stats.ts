import type { APIEmbed } from 'discord-api-types/v10';
import { ACTIVITY_CHART_NAME } from '../../review/activity-chart-name.js';
import { describeDays, formatRate } from '../../review/render-review-text.js';
import type { Review } from '../../review/review.js';
import { COLORS } from './render-answer.js';
import { DISCORD_LIMITS, escapeUserText, fitEmbed, fitText } from './limits.js';

const GROUPS_SHOWN = 5;
const DISLIKED_SHOWN = 5;
const EXAMPLE_CHARS = 80;

/** Someone's words, shortened and escaped so they render as typed inside our own formatting. */
const said = (text: string): string =>
  `“${escapeUserText(fitText(text.replace(/\s+/gu, ' ').trim(), EXAMPLE_CHARS))}”`;

/** Whole lines, as many as fit in a field value (a cut line would leave broken escapes and quotes). */
function fieldValue(lines: readonly string[], empty: string): string {
  const kept: string[] = [];
  let length = 0;
  for (const line of lines) {
    if (length + line.length + 1 > DISCORD_LIMITS.fieldValue) break;
    kept.push(line);
    length += line.length + 1;
  }
  return kept.length > 0 ? kept.join('\n') : empty;
}

function groupLines(review: Review): string[] {
  return review.declinedGroups.slice(0, GROUPS_SHOWN).map((g) => {
    const closest = g.closest ? `\n  closest: ${said(g.closest.question)} (${g.closest.passageId})` : '';
    return `**${g.count}×** ${g.examples.map(said).join(' · ')}${closest}`;
  });
}

function dislikedLines(review: Review): string[] {
  return review.mostDisliked
    .slice(0, DISLIKED_SHOWN)
    .map((v) => `**${v.down}** 👎 · ${v.up} 👍 — ${said(v.question)}`);
}

/**
 * /stats for one server: totals and answer rate, the largest groups of declined questions with the
 * passage each comes closest to, the answers with the most 👎, and the questions-per-day chart
 * attached as `activity.png`. Everyone's text is escaped; the embed keeps within Discord's limits.
 */
export function renderStatsEmbed(review: Review): APIEmbed {
  const declinedNote =
    review.declined > 0 && review.declinedGroups.length === 0
      ? 'Declined questions are not kept with their text here (STORE_QUESTIONS is off, or past retention).'
      : 'Nothing declined.';
  return fitEmbed({
    title: `Questions in ${describeDays(review.days)}`,
    color: COLORS.answered,
    description:
      `**${review.questions}** asked · **${review.answered}** answered · **${review.declined}** declined · ` +
      `answer rate **${formatRate(review.answerRate)}**\n` +
      `Feedback: ${review.feedback.up} 👍 · ${review.feedback.down} 👎`,
    fields: [
      { name: 'Most declined, grouped by wording', value: fieldValue(groupLines(review), declinedNote) },
      { name: 'Most 👎', value: fieldValue(dislikedLines(review), 'No 👎 yet.') },
    ],
    image: { url: `attachment://${ACTIVITY_CHART_NAME}` },
    footer: { text: 'Only you can see this · npm run review for the full report' },
  });
}
