import { toWellFormed } from './shorten-text.js';

// C0 and C1 control characters except tab and newline: NUL, escape sequences, bells, carriage returns.
// eslint-disable-next-line no-control-regex -- stripping control characters is the point
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
// Bidi embeddings, overrides (LRE RLE PDF LRO RLO) and isolates (LRI RLI FSI PDI): left unclosed,
// they reverse or reorder everything after them on the line, including our own text.
const BIDI_CONTROL = /[\u202a-\u202e\u2066-\u2069]/g;

/**
 * Removes what no medium should echo from someone's text: control characters (NUL included),
 * bidi overrides and isolates, and broken UTF-16 (replaced with U+FFFD). Right-to-left scripts
 * themselves are untouched: they need no control characters to display.
 */
export function stripUnsafeCharacters(text: string): string {
  return toWellFormed(text).replace(CONTROL, '').replace(BIDI_CONTROL, '');
}
