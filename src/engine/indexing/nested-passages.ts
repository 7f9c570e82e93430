import type { QaEntry } from '../../content/knowledge-base.js';

/**
 * For each entry, the passages it holds as a parent section: a `##` section's entry also holds its
 * `###` sections' passages (src/content/derive-heading-entries.ts), but a passage's own section is
 * the smallest heading entry that holds it, and that entry is the more specific answer.
 */
export function nestedPassages(
  entries: readonly QaEntry[],
  passageIndexes: readonly (readonly number[])[],
  passageCount: number,
): ReadonlySet<number>[] {
  const home = new Int32Array(passageCount).fill(-1);
  entries.forEach((entry, e) => {
    if (entry.origin !== 'heading') return;
    const size = passageIndexes[e]?.length ?? 0;
    for (const p of passageIndexes[e] ?? []) {
      const current = home[p] ?? -1;
      if (current < 0 || size < (passageIndexes[current]?.length ?? 0)) home[p] = e;
    }
  });
  return entries.map((entry, e) => {
    if (entry.origin !== 'heading') return new Set<number>();
    return new Set((passageIndexes[e] ?? []).filter((p) => home[p] !== e));
  });
}
