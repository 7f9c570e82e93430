import { shortenText } from '../reply/shorten-text.js';

/** Longest question taken from a message, matching /ask's max_length. */
export const MAX_QUESTION_LENGTH = 300;

/** True when the text carries the bot's own user mention (`<@id>` or `<@!id>`); roles and @everyone do not count. */
export function mentionsBot(content: string, botId: string): boolean {
  return content.includes(`<@${botId}>`) || content.includes(`<@!${botId}>`);
}

/** The question in a message: the bot's mentions removed, whitespace collapsed, length capped. */
export function extractQuestion(content: string, botId: string): string {
  const stripped = content.split(`<@${botId}>`).join(' ').split(`<@!${botId}>`).join(' ');
  return shortenText(stripped.replace(/\s+/g, ' ').trim(), MAX_QUESTION_LENGTH, '');
}
