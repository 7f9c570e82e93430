// Discord markup that carries no meaning for a question: user, role and channel mentions,
// custom emoji, timestamps, @everyone/@here, and Markdown punctuation.
const DISCORD_TOKENS = /<(?:@[!&]?\d+|#\d+|a?:\w+:\d+|t:-?\d+(?::\w)?|\/[\w -]+:\d+)>/gu;
const BROADCAST = /@(?:everyone|here)\b/giu;
const URL = /\bhttps?:\/\/\S+/giu;
const MAX_QUESTION_CHARS = 1_000;

/** Strips Discord markup and caps the length, so the engine only sees the words a person typed. */
export function cleanQuestion(raw: string): string {
  return raw
    .slice(0, MAX_QUESTION_CHARS)
    .replace(DISCORD_TOKENS, ' ')
    .replace(BROADCAST, ' ')
    .replace(URL, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
}
