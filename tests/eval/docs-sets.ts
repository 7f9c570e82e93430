import { setName, setPathsIn } from './set-files.js';

/** The question sets of the real documentation pages (tests/eval/docs), one per page and one per site. */
export const docsSetPaths = (): string[] => setPathsIn('tests/eval/docs');

/**
 * Each docs set's bar for the right passage first: what it measured after the section-answer,
 * indexing and subsection-weight changes (2026-12-07, docs/answers.md), rounded down to five points
 * (embeds back to 0.55 once a subsection outranks the section holding it). Still far under the
 * issue's 85% target: they hold today's figure, they do not claim the target. command-deployment
 * 0.65 → 0.6 when a code block joined the paragraph before it (+5 questions on the pages, this one
 * -1: "does rest.put replace all my guild commands" now ties to the Global commands section, whose
 * paragraph now holds its `rest.put` example); the sets that rose in that round (discord.js folder,
 * context-menus, embeds, modals, Kysely logging, migrations, relations and folder) hold their new
 * figure, rounded down likewise. modals 0.75 → 0.8 when an asking word met only through a thesaurus
 * guess ("example" read as "instance") stopped counting against a question. Kysely execution 0.5 →
 * 0.65 when "what is X" for an identifier started asking the section that first names it (2026-12-08:
 * 54.5% → 68.2%). The sets that rose when a document section got the window reading (2026-12-08,
 * absent-share.ts) hold their new figure, rounded down likewise: the discord.js folder 0.65, collectors
 * 0.9, command-deployment 0.65, embeds 0.65, event-handling 0.7, select-menus 0.75, the Kysely folder
 * 0.75, dialects 0.7, relations 0.8; then, "id" a word (not a stopword: "I'd" folds to "i"),
 * command-deployment 0.7 and select-menus 0.8.
 */
export const DOCS_RIGHT_FIRST: Readonly<Record<string, number>> = {
  'discordjs-guide-all': 0.65,
  'discordjs-guide-collectors': 0.9,
  'discordjs-guide-command-deployment': 0.7,
  'discordjs-guide-command-handling': 0.65,
  'discordjs-guide-context-menus': 0.7,
  'discordjs-guide-embeds': 0.65,
  'discordjs-guide-event-handling': 0.7,
  'discordjs-guide-modals': 0.8,
  'discordjs-guide-select-menus': 0.8,
  'kysely-docs-0012-logging': 0.7,
  'kysely-docs-all': 0.75,
  'kysely-docs-dialects': 0.7,
  'kysely-docs-execution': 0.65,
  'kysely-docs-expressions': 0.65,
  'kysely-docs-migrations': 0.8,
  'kysely-docs-plugins': 0.5,
  'kysely-docs-relations': 0.8,
};
/** Every docs folder declines this share of its own set's out-of-scope neighbours, 6–7 a page (measured 57–100%). */
export const OUT_OF_SCOPE_DECLINED = 0.55;

/**
 * A site's pages, one by one, together decline this share of the questions of their set that they do
 * not answer. Those questions are the site's own topics on other pages ("how do I put a video inside
 * an embed"), the kind a reader of one page asks most; a page has only 6–7, too few to gate one by
 * one, so each site's pages are pooled. The issue's bar for unseen pages is 85%; measured 2026-12-07:
 * discord.js 81.5% (44/54), Kysely 93.6% (44/47), gated at 80%; then, with the thesaurus-guess
 * discount at ¾ (cross-validated) and asking words met only through a guess dropped, discord.js
 * 85.2% (46/54), Kysely 93.6%: this holds the lower figure rounded down to five points, as the sets'
 * other bars do; a decision that answers more of them must not pass unseen.
 */
export const PAGES_OUT_OF_SCOPE_DECLINED = 0.85;

/** The share declined over several sets' questions to decline, pooled (1 when none are asked). */
export function pooledDeclined(parts: readonly { declined: number; asked: number }[]): number {
  const asked = parts.reduce((sum, p) => sum + p.asked, 0);
  return asked === 0 ? 1 : parts.reduce((sum, p) => sum + p.declined, 0) / asked;
}

/** The documentation sites: each has a folder set, `<site>-all`, beside one set per page. */
export function docsSites(): { site: string; pages: string[] }[] {
  const paths = docsSetPaths();
  return paths
    .map(setName)
    .filter((name) => name.endsWith('-all'))
    .map((folder) => {
      const site = folder.slice(0, -'-all'.length);
      const pages = paths.filter((p) => setName(p).startsWith(`${site}-`) && setName(p) !== folder);
      return { site, pages };
    });
}
