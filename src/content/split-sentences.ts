// A sentence ends at . ! or ? (optionally followed by a closing quote or bracket) before
// whitespace and an upper-case letter, digit or opening quote; "U.S. regulators" and "2.1" stay whole.
const BOUNDARY = /(?<=[.!?]["'”’)\]]?)\s+(?=["'“‘(]?[\p{Lu}\p{N}])/u;
const ABBREVIATION = /\b(?:[A-Z]\.){1,3}$|\b(?:Mr|Mrs|Ms|Dr|St|vs|etc|e\.g|i\.e|Inc|Ltd|Co|No)\.$/u;

/** Splits a paragraph into sentences, keeping abbreviations such as "U.S." inside their sentence. */
export function splitSentences(paragraph: string): string[] {
  const pieces = paragraph.split(BOUNDARY);
  const sentences: string[] = [];
  for (const piece of pieces) {
    const previous = sentences[sentences.length - 1];
    if (previous !== undefined && ABBREVIATION.test(previous))
      sentences[sentences.length - 1] = `${previous} ${piece}`;
    else sentences.push(piece);
  }
  return sentences.map((s) => s.trim()).filter((s) => s.length > 0);
}
