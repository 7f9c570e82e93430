import type { QaEntry } from '../../content/knowledge-base.js';

const ORIGIN_RANK = { curated: 0, heading: 1, glossary: 2, derived: 3 } as const;

/** The entries to suggest when there is nothing to go on: one per passage first (curated, headings, glossary, then derived), then the rest. */
export function featuredEntries(entries: readonly QaEntry[]): number[] {
  const order = entries
    .map((entry, index) => ({ entry, index }))
    .sort((a, b) => ORIGIN_RANK[a.entry.origin] - ORIGIN_RANK[b.entry.origin] || a.index - b.index);
  const first: number[] = [];
  const rest: number[] = [];
  const seen = new Set<string>();
  for (const { entry, index } of order) {
    const passage = entry.passageIds[0] ?? entry.id;
    (seen.has(passage) ? rest : first).push(index);
    seen.add(passage);
  }
  return [...first, ...rest];
}
