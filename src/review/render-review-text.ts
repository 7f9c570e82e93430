import { shortenText } from '../reply/shorten-text.js';
import { stripUnsafeCharacters } from '../reply/strip-unsafe-characters.js';
import type { Review } from './review.js';

const GROUPS_SHOWN = 10;
const EXAMPLE_CHARS = 80;

/** Someone's question as one safe terminal line: no escape sequences, no line breaks, not too long. */
const quoted = (text: string): string =>
  `"${shortenText(stripUnsafeCharacters(text).replace(/\s+/gu, ' '), EXAMPLE_CHARS)}"`;

/** "83%", or "–" when nothing was asked. */
export function formatRate(rate: number | null): string {
  return rate === null ? '–' : `${Math.round(rate * 100)}%`;
}

/** "the last 7 days", "today". */
export function describeDays(days: number): string {
  return days === 1 ? 'today (UTC)' : `the last ${days} days (UTC)`;
}

function groupLines(review: Review): string[] {
  const lines = ['Declined questions, grouped by wording (largest first):'];
  if (review.declinedGroups.length === 0)
    lines.push(
      review.declined > 0
        ? '  (none kept with their text: STORE_QUESTIONS is off, or they are past retention)'
        : '  (none)',
    );
  review.declinedGroups.slice(0, GROUPS_SHOWN).forEach((g, i) => {
    lines.push(`  ${String(i + 1).padStart(2)}. ${g.count}× ${g.examples.map(quoted).join(' · ')}`);
    lines.push(
      g.closest
        ? `      closest: ${g.closest.passageId} — ${quoted(g.closest.question)}`
        : '      closest: none (the content does not cover this)',
    );
  });
  const more = review.declinedGroups.length - GROUPS_SHOWN;
  if (more > 0) lines.push(`  … and ${more} more group${more === 1 ? '' : 's'} (--json lists them all)`);
  return lines;
}

function dislikedLines(review: Review): string[] {
  if (review.mostDisliked.length === 0) return ['Answers with the most 👎: (none)'];
  return [
    'Answers with the most 👎:',
    ...review.mostDisliked.map(
      (v) =>
        `  ${String(v.down).padStart(3)} 👎 ${String(v.up).padStart(3)} 👍  ${stripUnsafeCharacters(v.entryId)} — ${quoted(v.question)}`,
    ),
  ];
}

function dayLines(review: Review): string[] {
  const widest = Math.max(1, ...review.perDay.map((d) => d.answered + d.declined));
  const bar = (n: number, mark: string): string => mark.repeat(Math.round((n / widest) * 30));
  return [
    'Per day (answered █, declined ░):',
    ...review.perDay.map(
      (d) =>
        `  ${d.day}  ${String(d.answered).padStart(4)} ${String(d.declined).padStart(4)}  ` +
        `${bar(d.answered, '█')}${bar(d.declined, '░')}`,
    ),
  ];
}

/** The review report as terminal text. */
export function renderReviewText(review: Review): string {
  const scope = review.guildId === undefined ? 'every server and DMs' : `server ${review.guildId}`;
  return [
    `Review of ${describeDays(review.days)}, ${scope}`,
    `Questions: ${review.questions} — answered ${review.answered}, declined ${review.declined} ` +
      `(answer rate ${formatRate(review.answerRate)})`,
    `Feedback: 👍 ${review.feedback.up} · 👎 ${review.feedback.down}`,
    '',
    ...groupLines(review),
    '',
    ...dislikedLines(review),
    '',
    ...dayLines(review),
  ].join('\n');
}
