import { z } from 'zod';
import type { ContentProblem } from './content-error.js';
import type { GlossaryEntry, Passage } from './knowledge-base.js';
import { slugify } from './slugify.js';

/** The glossary's entries and passages, or what is wrong with them. */
export interface ParsedGlossary {
  readonly entries: GlossaryEntry[];
  readonly passages: Passage[];
  readonly problems: ContentProblem[];
}

const FILE = 'glossary.md';
const BULLET = /^[-*]\s+(.*)$/u;

const GlossaryLine = z.object({
  term: z.string().trim().min(1, 'empty term before the colon'),
  names: z.array(z.string().trim().min(1, 'empty name in the term')).min(1),
  definition: z.string().trim().min(1, 'empty definition after the colon'),
});

const EXPANSION = /^(.*?)\s*\(([^()]*)\)\s*$/u;

/** Splits `Trainium / Inferentia` and `GPU (Graphics Processing Unit)` into their names. */
export function namesOfTerm(term: string): string[] {
  const names: string[] = [];
  for (const alias of term.split(' / ')) {
    const expansion = EXPANSION.exec(alias);
    if (expansion) names.push(expansion[1] ?? '', expansion[2] ?? '');
    else names.push(alias);
  }
  return names.map((n) => n.trim());
}

/** The pairs a term declares equal: `GPU (Graphics Processing Unit)` gives one; aliases give none. */
export function expansionsOfTerm(term: string): [string, string][] {
  return term.split(' / ').flatMap((alias): [string, string][] => {
    const [, short = '', long = ''] = EXPANSION.exec(alias) ?? [];
    return short.trim() && long.trim() ? [[short.trim(), long.trim()]] : [];
  });
}

/** Parses one bullet per term, `- Term: definition`; heading lines are allowed (and no bullets at all), anything else is an error. */
export function parseGlossary(markdown: string): ParsedGlossary {
  const problems: ContentProblem[] = [];
  const entries: GlossaryEntry[] = [];
  const passages: Passage[] = [];
  const seenNames = new Map<string, string>();
  const seenIds = new Map<string, string>();

  markdown
    .replace(/^\uFEFF/u, '')
    .split(/\r?\n/u)
    .forEach((rawLine, index) => {
      const line = rawLine.trim();
      const where = `line ${index + 1}`;
      if (line.length === 0 || /^#{1,6}\s/u.test(line)) return;
      const bullet = BULLET.exec(line);
      if (!bullet) {
        problems.push({ file: FILE, entry: where, reason: 'expected a bullet "- Term: definition"' });
        return;
      }
      const body = bullet[1] ?? '';
      const colon = body.indexOf(':');
      if (colon < 0) {
        problems.push({
          file: FILE,
          entry: `${where} "${body}"`,
          reason: 'missing ":" between term and definition',
        });
        return;
      }
      const term = body.slice(0, colon).trim();
      const parsed = GlossaryLine.safeParse({
        term,
        names: namesOfTerm(term),
        definition: body.slice(colon + 1),
      });
      const shown = term || body;
      const label = `${where} "${shown.length > 60 ? `${shown.slice(0, 59)}…` : shown}"`;
      if (!parsed.success) {
        const reasons = new Set(parsed.error.issues.map((issue) => issue.message));
        // An empty term also has empty names; say it once.
        if (reasons.has('empty term before the colon')) reasons.delete('empty name in the term');
        for (const reason of reasons) problems.push({ file: FILE, entry: label, reason });
        return;
      }
      const { names, definition } = parsed.data;
      const id = `g-${slugify(names[0] ?? '')}`;
      let duplicate = false;
      for (const name of names) {
        const key = name.toLowerCase();
        const previous = seenNames.get(key);
        if (previous)
          problems.push({
            file: FILE,
            entry: label,
            reason: `duplicate term "${name}" (also on ${previous})`,
          });
        duplicate ||= previous !== undefined;
        seenNames.set(key, where);
      }
      if (id === 'g-')
        problems.push({ file: FILE, entry: label, reason: 'the term needs a letter or digit' });
      // "C++" and "C", or "Café" and "Cafe", would share an id; a duplicate name is already reported.
      const clash = seenIds.get(id);
      if (clash && !duplicate) {
        problems.push({
          file: FILE,
          entry: label,
          reason: `its id "${id}" is the same as the term's on ${clash}; rename one of them`,
        });
      }
      seenIds.set(id, where);
      const first = names[0] ?? term;
      entries.push({ id, term, names, definition, passageId: id });
      passages.push({
        id,
        kind: 'glossary',
        text: body.trim(),
        source: `glossary: ${first}`,
        sentences: [{ id: `${id}.s1`, text: definition }],
      });
    });

  return { entries, passages, problems };
}
