// camelCase and PascalCase humps, acronyms kept whole: `awaitMessageComponent` → await, Message,
// Component; `HTMLParser` → HTML, Parser; digits stay with their word.
const HUMP = /\p{Lu}+(?=\p{Lu}\p{Ll})|\p{Lu}?\p{Ll}+\d*|\p{Lu}+\d*|\d+/gu;

/**
 * The words of a code identifier written in camel case (`createMessageCollector`), or none when the
 * word is not one: documents index both the identifier and its words, so a question may name either.
 */
export function identifierParts(raw: string): { offset: number; text: string }[] {
  if (!/\p{Ll}\p{Lu}|\p{Lu}\p{Lu}\p{Ll}/u.test(raw)) return [];
  const parts = [...raw.matchAll(HUMP)].map((m) => ({ offset: m.index, text: m[0] }));
  // Two words of three letters at least, as code names things (`BSkyB`, `McDonald` and `iPhone` are names);
  // or a lower-case word of three letters and more humps (`guildId`, `userId`), as only code starts so.
  const long = parts.filter((p) => p.text.length >= 3).length;
  const camel = /^\p{Ll}{3}/u.test(raw) && parts.filter((p) => p.text.length >= 2).length >= 2;
  return long >= 2 || camel ? parts : [];
}
