// `Modals § Responding to modal submissions ¶19`: a paragraph of a section.
const PARAGRAPH = /^(.+) ¶(\d+)$/u;

/**
 * `Source: article ¶3 — Title`, or `Sources: a, b — Title` for several passages. In a folder of
 * several documents each source names its own document, so no title is added, and paragraphs of
 * one section are cited once: `Sources: Modals § Responding to modal submissions ¶19–22`.
 */
export function formatCitation(
  passages: readonly { readonly source: string }[],
  articleTitle: string,
  documents = 1,
): string {
  const sources = [...new Set(passages.map((p) => p.source))];
  const label = sources.length > 1 ? 'Sources' : 'Source';
  if (documents <= 1) return `${label}: ${sources.join(', ')} — ${articleTitle}`;
  return `${label}: ${compactSources(sources).join(', ')}`;
}

/** Paragraphs of one section side by side as one citation: `X ¶3–5`, or `X ¶3, 7`. */
function compactSources(sources: readonly string[]): string[] {
  const out: { prefix: string | null; numbers: number[]; text: string }[] = [];
  for (const source of sources) {
    const match = PARAGRAPH.exec(source);
    const last = out.at(-1);
    if (match && last && last.prefix === match[1]) last.numbers.push(Number(match[2]));
    else out.push({ prefix: match?.[1] ?? null, numbers: match ? [Number(match[2])] : [], text: source });
  }
  return out.map(({ prefix, numbers, text }) => {
    if (prefix === null || numbers.length < 2) return text;
    const contiguous = numbers.every((n, i) => i === 0 || n === numbers[i - 1]! + 1);
    return `${prefix} ¶${contiguous ? `${numbers[0]}–${numbers.at(-1)}` : numbers.join(', ')}`;
  });
}
