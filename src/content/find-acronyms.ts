/** An acronym the text spells out, e.g. AWS for Amazon Web Services. */
export interface AcronymDefinition {
  readonly acronym: string;
  readonly expansion: string;
}

// "Amazon Web Services (AWS)" or "AWS (Amazon Web Services)".
const LONG_THEN_SHORT = /((?:[\p{L}]+\s+){1,6}[\p{L}]+)\s+\(([\p{Lu}\d]{2,8})\)/gu;
const SHORT_THEN_LONG = /\b([\p{Lu}\d]{2,8})\s+\(((?:[\p{L}]+\s+){1,6}[\p{L}]+)\)/gu;

const SMALL_WORDS = new Set(['of', 'and', 'for', 'the', 'in', 'on', 'to', 'a', 'an', '&']);

/** The upper-cased first letters of a phrase's words: "Amazon Web Services" → "AWS". */
export function initialsOf(words: readonly string[]): string {
  return words.map((w) => (w[0] ?? '').toUpperCase()).join('');
}

/** The shortest tail of the phrase whose initials spell the acronym (digits ignored), if any. */
function expansionOf(acronym: string, phrase: string): string | undefined {
  const letters = acronym.replace(/\d/gu, '').toUpperCase();
  const words = phrase.split(/\s+/u);
  for (let start = words.length - 1; start >= 0; start--) {
    const tail = words.slice(start);
    const initials = initialsOf(tail);
    // "Federal Bureau of Investigation (FBI)": small words may be left out of the initials.
    const significant = initialsOf(tail.filter((w) => !SMALL_WORDS.has(w.toLowerCase())));
    if (initials === letters || significant === letters) return tail.join(' ');
    if (significant.length > letters.length) break;
  }
  return undefined;
}

/** Every acronym a text defines in brackets, in either order. */
export function findAcronyms(text: string): AcronymDefinition[] {
  const found: AcronymDefinition[] = [];
  for (const [, phrase = '', acronym = ''] of text.matchAll(LONG_THEN_SHORT)) {
    const expansion = expansionOf(acronym, phrase);
    if (expansion) found.push({ acronym, expansion });
  }
  for (const [, acronym = '', phrase = ''] of text.matchAll(SHORT_THEN_LONG)) {
    const expansion = expansionOf(acronym, phrase);
    if (expansion) found.push({ acronym, expansion });
  }
  return found;
}
