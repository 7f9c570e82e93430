import type { QuotedPassage, TextSegment } from '../../reply/reply-model.js';
import { contextOf } from '../../reply/context-of.js';
import { escapeUserText, fitText } from './limits.js';

/**
 * Renders quoted passages as Discord markdown within `max` characters: the sentences that answer
 * first, each run escaped, matched runs wrapped in ** (whitespace kept outside the markers so Discord
 * renders them); then the rest of the passage as a quote, with […] where the answer stands. Cutting
 * happens between or inside runs, never inside a marker pair.
 */
export function renderPassages(passages: readonly QuotedPassage[], max: number): string {
  let out = '';
  for (const [index, passage] of passages.entries()) {
    const separator = index === 0 ? '' : '\n\n';
    const label = passages.length > 1 ? `*${escapeUserText(passage.source)}*\n` : '';
    if (out.length + separator.length + label.length >= max) break;
    out += separator + label;
    const { text, complete } = renderSegments(passage.segments, max - out.length);
    out += text;
    if (!complete) break;
    const context = contextOf(passage);
    // A quote needs room for its marker and a few words to be worth showing.
    if (context !== '' && max - out.length > 20)
      out += `\n> ${fitText(escapeUserText(context), max - out.length - 3)}`;
  }
  return out;
}
/** Markdown for one passage's runs, and whether it all fitted. */
export function renderSegments(
  segments: readonly TextSegment[],
  max: number,
): { text: string; complete: boolean } {
  let out = '';
  for (const segment of segments) {
    const piece = renderSegment(segment);
    if (out.length + piece.length <= max) {
      out += piece;
      continue;
    }
    const room = max - out.length;
    const escaped = escapeUserText(segment.text);
    // A bold run needs room for its ** markers; the cut adds the ellipsis.
    if (segment.bold && room > 5) out += `**${fitText(escaped.trim(), room - 4)}**`;
    else if (!segment.bold && room > 0) out += fitText(escaped, room);
    return { text: out, complete: false };
  }
  return { text: out, complete: true };
}

function renderSegment(segment: TextSegment): string {
  const escaped = escapeUserText(segment.text);
  if (!segment.bold) return escaped;
  const match = /^(\s*)([\s\S]*?)(\s*)$/.exec(escaped);
  const [, lead = '', core = '', trail = ''] = match ?? [];
  return core ? `${lead}**${core}**${trail}` : escaped;
}
