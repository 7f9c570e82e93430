// What people say to a bot that asks nothing: greetings, thanks, farewells, "how are you", a word of
// approval, and the names they address it by. A message made only of these is chat, not a question,
// even where the content uses one of its words ("thanks bot" on a page about writing a bot).
const PHRASES = `
hi|hello|hey|heya|hiya|yo|sup|howdy|greetings|gm|gn|good morning|good afternoon|good evening|good night
good day|morning|evening|thanks|thank you|thankyou|thank u|thx|ty|tysm|tyvm|cheers|much appreciated
appreciate it|bye|goodbye|bye bye|cya|see ya|see you|later|ok|okay|k|kk|cool|nice|great|awesome|perfect
got it|lol|lmao|haha|hahaha|how are you|how are u|how r u|how are ya|hows it going|how is it going
whats up|wassup|good bot|nice bot|bot|buddy|mate|man|dude|everyone|all|guys|so much|a lot|again|very much
`;

const ALTERNATIVES = PHRASES.split(/[|\n]/u)
  .map((p) => p.trim())
  .filter(Boolean)
  .sort((a, b) => b.length - a.length)
  .join('|');
const ONLY_SMALL_TALK = new RegExp(`^(?:(?:${ALTERNATIVES})(?: |$))+$`, 'u');

/** True when a message is only greetings, thanks, farewells or approval (with the bot's name). */
export function isSmallTalk(text: string): boolean {
  const words = text
    .toLowerCase()
    .replace(/['’]/gu, '')
    .match(/\p{L}+/gu);
  return words !== null && ONLY_SMALL_TALK.test(words.join(' '));
}
