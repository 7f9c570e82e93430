// Discord markup that carries no meaning for a question: user, role and channel mentions,
// custom emoji, timestamps, @everyone/@here, and Markdown punctuation.
const DISCORD_TOKENS = /<(?:@[!&]?\d+|#\d+|a?:\w+:\d+|t:-?\d+(?::\w)?|\/[\w -]+:\d+)>/gu;
const BROADCAST = /@(?:everyone|here)\b/giu;
const URL = /\bhttps?:\/\/\S+/giu;
const MAX_QUESTION_CHARS = 1_000;

// Characters that are invisible but would split a word: zero-width spaces and joiners, soft hyphen, BOM.
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/gu;
// "how long", "how often": the second word only says what kind of answer is wanted.
const HOW_PHRASE = /\bhow (?:long|often|far|soon)\b/giu;

/** Strips Discord markup and caps the length, so the engine only sees the words a person typed. */
export function cleanQuestion(raw: string): string {
  return raw
    .slice(0, MAX_QUESTION_CHARS)
    .replace(INVISIBLE, '')
    .replace(HOW_PHRASE, 'how')
    .replace(DISCORD_TOKENS, ' ')
    .replace(BROADCAST, ' ')
    .replace(URL, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
}
