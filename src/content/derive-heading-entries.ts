import type { Section } from './group-passages.js';
import type { QaEntry } from './knowledge-base.js';
import { slugify } from './slugify.js';

const MAX_ID_SLUG = 48;

/**
 * Each section with its subsections' passages after its own: a `##` section answers for the `###`
 * sections under it (the deeper headings that follow it, up to the next heading as shallow).
 */
export function withSubsections(sections: readonly Section[]): Section[] {
  return sections.map((section, k) => {
    const nested: string[] = [];
    for (let j = k + 1; j < sections.length && sections[j]!.depth > section.depth; j++)
      nested.push(...sections[j]!.passageIds);
    return nested.length === 0 ? section : { ...section, passageIds: [...section.passageIds, ...nested] };
  });
}

/**
 * One entry per section heading that has passages under it: a heading phrased as a question ("How
 * do I ban a user?") asks it, any other heading ("Ban a user") titles it. Ids are `s-` and the
 * heading's slug, prefixed by the document's id when the folder has several.
 */
export function deriveHeadingEntries(sections: readonly Section[], documentPrefix: string): QaEntry[] {
  const taken = new Set<string>();
  return sections.flatMap((section): QaEntry[] => {
    if (section.passageIds.length === 0) return [];
    const base = `s-${documentPrefix}${slugify(section.heading).slice(0, MAX_ID_SLUG).replace(/-+$/u, '')}`;
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
    taken.add(id);
    return [
      {
        id,
        question: section.heading,
        phrasings: [],
        passageIds: section.passageIds,
        origin: 'heading',
      },
    ];
  });
}
