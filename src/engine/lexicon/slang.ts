// Chat shorthand mapped to the words it stands for, so "are devs using it rn" reads as the question it is.
const PAIRS = `
devs developers|dev developer|ppl people|peeps people|u you|ur your|r are|wat what|wut what|wht what|wats whats|wuts whats|y why
bc because|cuz because|coz because|abt about|govt government|gov government|approx approximately|w with
info information|pic picture|pics pictures|msft microsoft|nvda nvidia|amzn amazon|goog google|tho though
thru through|nite night|k okay|pls please|plz please|thx thanks|ty thanks|rn now|atm now|rly really|srsly seriously
probs probably|prob probably|imo|imho|tbh|tbf|ngl|fr|frfr|lowkey|highkey|bruh|smh|ikr|istg|idk|afaik|iirc|fyi|lol|lmao|omg
`;

/** Folded shorthand → the words it stands for ('' for pure filler such as "tbh"). */
export const SLANG: ReadonlyMap<string, string> = new Map(
  PAIRS.split(/[|\n]/u)
    .map((pair) => pair.trim())
    .filter(Boolean)
    .map((pair): [string, string] => {
      const [short = '', ...rest] = pair.split(' ');
      return [short, rest.join(' ')];
    }),
);
