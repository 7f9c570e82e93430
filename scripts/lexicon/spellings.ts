// British and American spellings of one word (tyre/tire, metre/meter), which the thesaurus keeps beside
// frequent words even when the other spelling is rare in American subtitles.

// British → American spelling changes; a pair of words is one word in two spellings when one or two of
// these turn one into the other (manoeuvre → maneuvre → maneuver takes two).
const SPELLING_CHANGES: readonly (readonly [RegExp, string])[] = [
  [/ou/gu, 'o'], // colour, mould, smoulder
  [/re$/gu, 'er'], // centre, theatre, metre
  [/is/gu, 'iz'], // realise, organisation
  [/ys/gu, 'yz'], // analyse
  [/ogue$/gu, 'og'], // catalogue, dialogue
  [/ence$/gu, 'ense'], // defence, licence
  [/ll/gu, 'l'], // jewellery, woollen
  [/ae/gu, 'e'], // anaemia, archaeology
  [/oe/gu, 'e'], // oestrogen, manoeuvre
  [/y/gu, 'i'], // tyre
  [/ey/gu, 'ay'], // grey
  [/ough$/gu, 'ow'], // plough
  [/que$/gu, 'ck'], // cheque
  [/mme$/gu, 'm'], // programme
  [/ement$/gu, 'ment'], // judgement
  [/ium$/gu, 'um'], // aluminium
  [/sc/gu, 'sk'], // sceptic
  [/augh/gu, 'af'], // draught
];

/** Words that one change at one place turns `word` into. */
function respellings(word: string): string[] {
  const out: string[] = [];
  for (const [pattern, replacement] of SPELLING_CHANGES) {
    for (const match of word.matchAll(pattern)) {
      const at = match.index;
      out.push(word.slice(0, at) + replacement + word.slice(at + match[0].length));
    }
  }
  return out;
}

/** Whether `american` is `british` respelled by one or two of the changes above. */
export function isRespelling(british: string, american: string): boolean {
  if (british === american || Math.min(british.length, american.length) < 4) return false;
  for (const once of respellings(british)) {
    if (once === american) return true;
    if (respellings(once).includes(american)) return true;
  }
  return false;
}
