const WORD_CHAR = /[\p{L}\p{N}]/u;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Replaces lone surrogates (broken UTF-16) with U+FFFD so the text can be encoded and sent. */
export function toWellFormed(text: string): string {
  return text.replace(LONE_SURROGATE, '\uFFFD');
}

/**
 * Shortens text to at most `max` UTF-16 units, ending with an ellipsis when cut. Cuts between words
 * (inside one only when a single word fills most of the room, never with `wholeWords`: then the
 * text may be cut to the ellipsis alone), never splits a surrogate pair and
 * never leaves a dangling escape backslash. The result is well-formed.
 */
export function shortenText(text: string, max: number, ellipsis = '…', wholeWords = false): string {
  const clean = toWellFormed(text);
  if (clean.length <= max) return clean;
  if (max <= ellipsis.length) return ellipsis.slice(0, Math.max(0, max));
  let end = max - ellipsis.length;
  const last = clean.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1;
  let head = clean.slice(0, end);
  // Inside a word, the cut moves back to the space before it (when that keeps at least half).
  if (WORD_CHAR.test(clean.charAt(end)) && WORD_CHAR.test(head.charAt(end - 1))) {
    const space = head.search(/\s\S*$/u);
    if (space >= (wholeWords ? 0 : end / 2)) head = head.slice(0, space);
    else if (wholeWords) head = '';
  }
  head = head.trimEnd();
  // An odd run of trailing backslashes would escape the ellipsis.
  const backslashes = /\\+$/.exec(head)?.[0].length ?? 0;
  if (backslashes % 2 === 1) head = head.slice(0, -1);
  return head + ellipsis;
}
