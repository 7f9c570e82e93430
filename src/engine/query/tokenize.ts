/** A word of a text: where it stands in the original string and its folded form. */
export interface Token {
  readonly start: number;
  readonly end: number;
  /** Lowercased, diacritics and apostrophes removed, possessive `'s` dropped. */
  readonly word: string;
}

// Letters and digits, an optional apostrophe suffix (don't, AWS's), and decimals such as 2.1.
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?(?:[.,]\p{N}+)*/gu;
// A question is read up to its 200th word (a pasted wall of text costs no more); a document whole.
const MAX_QUESTION_TOKENS = 200;

/** Folds one word: NFKD, no combining marks, lowercase, no possessive, no apostrophes. */
export function foldWord(raw: string): string {
  // Most words are plain ASCII letters and digits: nothing to decompose or strip (a hot path).
  if (/^[a-z0-9]+$/iu.test(raw)) return raw.toLowerCase();
  // "I'd" is "I" (a stopword), not "id", which documentation says of every user, guild and message.
  if (/^i['’]d$/iu.test(raw)) return 'i';
  return raw
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/['’]s$/u, '')
    .replace(/['’]/gu, '')
    .replace(/,/gu, '');
}

/**
 * Splits text into word tokens with their positions; anything that is not a letter or digit
 * separates words. At most `limit` tokens (a question's cap by default; documents pass Infinity).
 */
export function tokenize(text: string, limit = MAX_QUESTION_TOKENS): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(WORD)) {
    const word = foldWord(match[0]);
    if (word.length === 0) continue;
    tokens.push({ start: match.index, end: match.index + match[0].length, word });
    if (tokens.length >= limit) break;
  }
  return tokens;
}
