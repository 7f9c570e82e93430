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

// "play a role in", "what role does X play": the idiom says X takes part, and "play" is no topic of it.
const PLAY_A_ROLE =
  /\bplay(?:s|ed|ing)? (?:a |an |the |any |no )?(?:\w+ )?(role|part)s?\b|\b(role|part)s?\b(.*?)\bplay(?:s|ed|ing)?\b/giu;

// A greeting or thanks, and the one it is addressed to: "hey bot", "thanks bot", "good morning
// everyone", "gm all" greet; "bot" or "everyone" here is no topic, even in a guide about bots.
const ADDRESSEE =
  "(?:bot|everyone|everybody|all|guys|folks|there|y'?all|team|friends?|buddy|mate|man|dude|people|chat)";
const GREETING = new RegExp(
  `^\\W*(?:hey|hi|hello|yo|sup|wassup|thanks|thank you|thx|ty|good (?:morning|afternoon|evening|night)|gm|gn)\\b(?:[\\s,!.]+${ADDRESSEE}\\b)?[\\s,!.]*|(?:thanks|thank you|thx|ty)[\\s,!.]+${ADDRESSEE}\\W*$`,
  'giu',
);

// "what does X mean", "X meaning", "define X", "what is the meaning of X": each asks what X is, and
// "mean" or "meaning" is not a word of the topic (it would match any passage that uses "meaning").
const WHAT_X_MEANS = [
  /^\W*(?:so )?(?:what|wat|wht)(?:'?s| is| does| do| did)? (.+?) (?:mean|means|meant)\W*$/iu,
  /^\W*(?:(?:what|wat)(?:'?s| is) )?(?:the )?(?:meaning|definition|def) of (.+?)\W*$/iu,
  /^\W*(?:define|def|meaning of) (.+?)\W*$/iu,
  /^\W*(.+?) (?:meaning|definition|def)\W*$/iu,
];

/** The X of a question that only asks what X means, or the question as it is. */
function reduceToTerm(question: string): string {
  for (const pattern of WHAT_X_MEANS) {
    const term = pattern.exec(question)?.[1];
    if (term !== undefined && term.trim().length > 0) return term.trim();
  }
  return question;
}

/** Strips Discord markup and caps the length, so the engine only sees the words a person typed. */
export function cleanQuestion(raw: string): string {
  const cleaned = raw
    .slice(0, MAX_QUESTION_CHARS)
    .replace(INVISIBLE, '')
    .replace(HOW_PHRASE, 'how')
    .replace(DISCORD_TOKENS, ' ')
    .replace(BROADCAST, ' ')
    .replace(URL, ' ')
    .replace(HOW_TO_SAY, ' ')
    .replace(LIST_REQUEST, ' ')
    .replace(GREETING, ' ')
    .replace(
      PLAY_A_ROLE,
      (_, after: string | undefined, before: string | undefined, between = '') =>
        after ?? `${before ?? ''}${between}`,
    )
    .replace(/\s+/gu, ' ')
    .trim();
  return reduceToTerm(cleaned);
}
