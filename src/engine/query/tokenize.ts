/** A word of a text: where it stands in the original string and its folded form. */
export interface Token {
  readonly start: number;
  readonly end: number;
  /** Lowercased, diacritics and apostrophes removed, possessive `'s` dropped. */
  readonly word: string;
}

// Letters and digits, an optional apostrophe suffix (don't, AWS's), and decimals such as 2.1.
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?(?:[.,]\p{N}+)*/gu;
const MAX_TOKENS = 200;

/** Folds one word: NFKD, no combining marks, lowercase, no possessive, no apostrophes. */
export function foldWord(raw: string): string {
  // Most words are plain ASCII letters and digits: nothing to decompose or strip (a hot path).
  if (/^[a-z0-9]+$/iu.test(raw)) return raw.toLowerCase();
  return raw
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/['’]s$/u, '')
    .replace(/['’]/gu, '')
    .replace(/,/gu, '');
}

/** Splits text into word tokens with their positions; anything that is not a letter or digit separates words. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(WORD)) {
    const word = foldWord(match[0]);
    if (word.length === 0) continue;
    tokens.push({ start: match.index, end: match.index + match[0].length, word });
    if (tokens.length >= MAX_TOKENS) break;
  }
  return tokens;
}
