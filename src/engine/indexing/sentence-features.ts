import { stemWord } from '../query/analyzer.js';
import { foldWord } from '../query/tokenize.js';

/** Feature bits of a sentence: what kinds of answer it can give. */
export const HAS_YEAR = 1;
export const HAS_NUMBER = 2;
export const HAS_DATE = 4;

// A year: four digits from 1000 to 2099 (and decades, "1990s"), a century, a year with an era, or
// an older year after a preposition of time ("in 911", "by 732"). Four digits that count a thing
// ("limited to 1024 characters", "2048 bytes") are no year (COUNTED, case-sensitive).
const COUNTED = /\b(?:1[0-9]{3}|20[0-9]{2}) [a-z]+s\b/gu;
const YEAR =
  /\b(?:1[0-9]{3}|20[0-9]{2})s?\b|\b(?:[0-9]{1,2}(?:st|nd|rd|th)|[a-z]+(?:th|st|nd|rd)) centur(?:y|ies)\b|\b[0-9]+ (?:BC|AD|BCE|CE)\b|\b(?:in|by|since|until|from|after|before|around) [1-9][0-9]{1,2}\b(?![.,][0-9]| ?%| (?:per|percent|million|billion|thousand|hundred))/iu;
const MONTH =
  /\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\b/u;
// "one of the …" names no count.
const NUMBER =
  /\d|\bone\b(?! of\b)|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundreds?|thousands?|millions?|billions?|trillions?|dozens?|half|quarter|percent|once|twice)\b/iu;
// A capitalised word that is not the sentence's first: a name of a person, place or thing.
const CAPITALISED = /(?<=[\p{L}\p{N},;:)"'”’]\s+)\p{Lu}[\p{L}'’-]*/gu;

/** What kinds of answer a sentence can give, and the names it mentions (stemmed). */
export function sentenceFeaturesOf(text: string): { flags: number; names: ReadonlySet<string> } {
  let flags = 0;
  if (YEAR.test(text.replace(COUNTED, ''))) flags |= HAS_YEAR;
  if (MONTH.test(text)) flags |= HAS_DATE;
  if (NUMBER.test(text)) flags |= HAS_NUMBER;
  const names = new Set<string>();
  for (const [word] of text.matchAll(CAPITALISED)) names.add(stemWord(foldWord(word)));
  return { flags, names };
}
