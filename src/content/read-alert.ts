import type { Blockquote, BlockContent, DefinitionContent } from 'mdast';
import type { AdmonitionKind } from './knowledge-base.js';

const ALERTS: Readonly<Record<string, AdmonitionKind>> = {
  NOTE: 'note',
  TIP: 'tip',
  IMPORTANT: 'important',
  WARNING: 'warning',
  CAUTION: 'caution',
};
// GitHub's alert marker, the first text of a quote's first paragraph: `> [!NOTE]`.
const MARKER = /^\[!(NOTE|TIP|IMPORTANT|WARNING|CAUTION)\][ \t]*(?:\r?\n|$)/iu;

/**
 * A GitHub alert (`> [!NOTE]` then its text) read from a block quote's tree: its kind and its content
 * without the marker; undefined for an ordinary quote.
 */
export function readAlert(
  quote: Blockquote,
): { kind: AdmonitionKind; children: (BlockContent | DefinitionContent)[] } | undefined {
  const [first, ...rest] = quote.children;
  if (first?.type !== 'paragraph') return undefined;
  const [text, ...inline] = first.children;
  if (text?.type !== 'text') return undefined;
  const marker = MARKER.exec(text.value);
  const kind = ALERTS[marker?.[1]?.toUpperCase() ?? ''];
  if (!marker || kind === undefined) return undefined;
  const remaining = text.value.slice(marker[0].length);
  const children = remaining.length > 0 ? [{ ...text, value: remaining }, ...inline] : inline;
  return { kind, children: children.length > 0 ? [{ ...first, children }, ...rest] : rest };
}
