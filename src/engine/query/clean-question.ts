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
// Chat ways of asking that name no topic: "X in plain words", "explain X like I'm 5", "name some X".
const HOW_TO_SAY =
  /\b(?:in (?:plain|simple|simpler|layman'?s?|everyday|normal) (?:words|terms|english|language)|in a nutshell|like i'?m (?:5|five)|eli5|for (?:dummies|beginners|a beginner|noobs?))\b/giu;
const LIST_REQUEST =
  /^\W*(?:(?:can|could) you |pls |please )?(?:name|list|give me|tell me) (?:some|a few|a couple(?: of)?|any|all)?(?: examples? of)?\b/iu;

/** Strips Discord markup and caps the length, so the engine only sees the words a person typed. */
export function cleanQuestion(raw: string): string {
  return raw
    .slice(0, MAX_QUESTION_CHARS)
    .replace(INVISIBLE, '')
    .replace(HOW_PHRASE, 'how')
    .replace(DISCORD_TOKENS, ' ')
    .replace(BROADCAST, ' ')
    .replace(URL, ' ')
    .replace(HOW_TO_SAY, ' ')
    .replace(LIST_REQUEST, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
}
