import type { QuotedPassage, TextSegment } from '../../reply/reply-model.js';
import { contextOf } from '../../reply/context-of.js';
import { shortenText } from '../../reply/shorten-text.js';
import { escapeUserText, fitText } from './limits.js';
import { renderBlocks } from './render-blocks.js';

/**
 * Renders quoted passages as Discord markdown within `max` characters. A plain passage: the
 * sentences that answer first, each run escaped, matched runs wrapped in ** (whitespace kept
 * outside the markers so Discord renders them); then the rest of the passage as a quote, with […]
 * where the answer stands. A document passage: its blocks in order (see renderBlocks). Cutting
 * happens between or inside runs and blocks, never inside a marker pair or a code fence.
 */
export function renderPassages(passages: readonly QuotedPassage[], max: number): string {
  let out = '';
  const labelled = new Set(passages.map(groupOf)).size > 1;
  for (const [index, passage] of passages.entries()) {
    const previous = passages[index - 1];
    const sameGroup = previous !== undefined && groupOf(previous) === groupOf(passage);
    const separator = index === 0 ? '' : sameGroup && followsOn(passage) ? '\n' : '\n\n';
    const label = labelled && !sameGroup ? `${renderLabel(passage)}\n` : '';
    if (out.length + separator.length + label.length >= max) break;
    out += separator + label;
    const { document } = passage;
    if (document !== undefined) {
      const marking = { blocks: new Set(document.answering), words: new Set(document.matched) };
      const shown = renderBlocks(document.blocks, marking, max - out.length);
      out += shown.text;
      if (!shown.complete) break;
      continue;
    }
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

// Passages of one section of a document read as one; any other passage stands alone.
function groupOf(passage: QuotedPassage): string {
  return passage.document?.group ?? `\u0001${passage.source}`;
}

// Code and lists follow the sentence that introduces them, as in the document.
function followsOn(passage: QuotedPassage): boolean {
  const first = passage.document?.blocks[0]?.kind;
  return first === 'code' || first === 'list';
}

/** `*article ¶3*`, or the citation as a masked link to its section. */
function renderLabel(passage: QuotedPassage): string {
  const source = escapeUserText(passage.source);
  return passage.url === undefined ? `*${source}*` : `*[${source}](${passage.url})*`;
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
    // A bold run needs room for its ** markers; the cut adds the ellipsis, between words only (at
    // worst the run is the ellipsis alone).
    const cut = segment.bold
      ? shortenText(escaped.trim(), room - 4, '…', true)
      : shortenText(escaped, room, '…', true);
    if (segment.bold && room > 5) out += cut === '…' ? cut : `**${cut}**`;
    else if (!segment.bold && room > 0) out += cut;
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
