// `Modals § Responding to modal submissions ¶19`: a paragraph of a section.
const PARAGRAPH = /^(.+) ¶(\d+)$/u;

/**
 * `Source: article ¶3 — Title`, or `Sources: a, b — Title` for several passages; paragraphs of one
 * section are cited once, in order, runs as ranges (`article § Economy ¶3–5, 9`: an answer may lead
 * with a section's later passage). In a folder of several documents each source names its own
 * document, so no title is added: `Sources: Modals § Responding to modal submissions ¶19–22`; with one
 * document its title is named once: `Sources: § Sorting ¶55, § Ranges ¶57 — semver`.
 */
export function formatCitation(
  passages: readonly { readonly source: string }[],
  articleTitle: string,
  documents = 1,
): string {
  const distinct = [...new Set(passages.map((p) => sourceWithin(p.source, articleTitle, documents)))];
  const label = distinct.length > 1 ? 'Sources' : 'Source';
  const sources = compactSources(distinct);
  if (documents <= 1) return `${label}: ${sources.join(', ')} — ${articleTitle}`;
  return `${label}: ${sources.join(', ')}`;
}

/**
 * A passage's citation as a reply shows it: in a folder of one document, whose title the citation
 * names once at its end, without that title (`§ Sorting ¶55`, not `semver(1) -- … § Sorting ¶55`).
 */
export function sourceWithin(source: string, articleTitle: string, documents = 1): string {
  if (documents > 1 || articleTitle === '' || !source.startsWith(`${articleTitle} `)) return source;
  const rest = source.slice(articleTitle.length + 1);
  return /^[§¶]/u.test(rest) ? rest : source;
}

/** Paragraph numbers in order, runs as ranges: 3, 4, 5, 9 → `3–5, 9`. */
function numbersOf(numbers: readonly number[]): string {
  const sorted = [...new Set(numbers)].sort((a, b) => a - b);
  const runs: string[] = [];
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    runs.push(j > i ? `${sorted[i]}–${sorted[j]}` : `${sorted[i]}`);
    i = j + 1;
  }
  return runs.join(', ');
}

/** Paragraphs of one section (or document) as one citation, where the first of them stood: `X ¶3–5`, or `X ¶3, 7`. */
function compactSources(sources: readonly string[]): string[] {
  const out: { prefix: string | null; numbers: number[]; text: string }[] = [];
  for (const source of sources) {
    const match = PARAGRAPH.exec(source);
    const same = match ? out.find((o) => o.prefix === match[1]) : undefined;
    if (match && same) same.numbers.push(Number(match[2]));
    else out.push({ prefix: match?.[1] ?? null, numbers: match ? [Number(match[2])] : [], text: source });
  }
  return out.map(({ prefix, numbers, text }) =>
    prefix === null || numbers.length < 2 ? text : `${prefix} ¶${numbersOf(numbers)}`,
  );
}
