const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Replaces lone surrogates (broken UTF-16) with U+FFFD so the text can be encoded and sent. */
export function toWellFormed(text: string): string {
  return text.replace(LONE_SURROGATE, '\uFFFD');
}

/**
 * Shortens text to at most `max` UTF-16 units, ending with an ellipsis when cut. Never splits a
 * surrogate pair and never leaves a dangling escape backslash. The result is well-formed.
 */
export function shortenText(text: string, max: number, ellipsis = '…'): string {
  const clean = toWellFormed(text);
  if (clean.length <= max) return clean;
  if (max <= ellipsis.length) return ellipsis.slice(0, Math.max(0, max));
  let end = max - ellipsis.length;
  const last = clean.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1;
  let head = clean.slice(0, end).trimEnd();
  // An odd run of trailing backslashes would escape the ellipsis.
  const backslashes = /\\+$/.exec(head)?.[0].length ?? 0;
  if (backslashes % 2 === 1) head = head.slice(0, -1);
  return head + ellipsis;
}
