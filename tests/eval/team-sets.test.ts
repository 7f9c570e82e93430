import { describe, expect, it } from 'vitest';
import { TUNING } from '../../src/engine/tuning.js';
import { docsSites } from './docs-sets.js';
import { EVAL_SETS, readOffTopic } from './evaluate.js';
import { readmeSetPaths } from './readme-sets.js';
import { readTeamSets, TEAM_SETS, teamOutcome } from './team-sets.js';

// The cross-validated choice (cross-validate.ts) is made among the settings that hold the team's own
// gated sets, so that the values chosen are the values shipped: the replayed readings must agree with
// the gates eval.test.ts holds, and must be able to fail.
describe("the team's gated sets in the cross-validated choice", () => {
  it('are every gated set that is not a SQuAD article, and no fresh set', () => {
    expect(TEAM_SETS.map((s) => s.path)).toEqual(
      EVAL_SETS.filter((s) => s.bars && !s.path.includes('/squad/')).map((s) => s.path),
    );
    expect(TEAM_SETS.some((s) => /fresh|bicycle/u.test(s.path))).toBe(false);
  });

  it('leave out the npm READMEs, which are registered to be reported, never gated or chosen on', () => {
    const readmes = EVAL_SETS.filter((s) => s.path.startsWith('tests/eval/readmes/'));
    expect(readmes.map((s) => s.path)).toEqual(readmeSetPaths());
    expect(readmes.length).toBeGreaterThanOrEqual(4);
    expect(readmes.filter((s) => s.bars !== undefined)).toEqual([]);
    expect(TEAM_SETS.filter((s) => s.path.startsWith('tests/eval/readmes/'))).toEqual([]);
  });

  it('hold the article at its bars with the shipped values, and not when nothing is answered', async () => {
    const offTopic = await readOffTopic();
    const article = TEAM_SETS.filter((s) => s.path === 'tests/eval/article.json');
    expect(article).toHaveLength(1);
    const sets = await readTeamSets(TUNING.relevance, offTopic, article);
    expect(teamOutcome(sets, TUNING.decision).failed).toEqual([]);
    // Nothing answered: no right answers. Everything answered: nothing declined.
    expect(teamOutcome(sets, { ...TUNING.decision, threshold: 2 }).failed).toEqual(['article']);
    expect(teamOutcome(sets, { ...TUNING.decision, threshold: 0 }).failed).toEqual(['article']);
  }, 60_000);

  it("hold each documentation site's pages, pooled, and not when everything is answered", async () => {
    const offTopic = await readOffTopic();
    const site = docsSites().find((s) => s.site === 'kysely-docs');
    expect(site?.pages.length).toBeGreaterThan(1);
    const pages = TEAM_SETS.filter((s) => site?.pages.includes(s.path));
    expect(pages).toHaveLength(site?.pages.length ?? -1);
    const sets = await readTeamSets(TUNING.relevance, offTopic, pages);
    expect(teamOutcome(sets, TUNING.decision).failed).toEqual([]);
    // Everything answered: each page below its bars, and the site's pooled gate too.
    expect(teamOutcome(sets, { ...TUNING.decision, threshold: 0 }).failed).toContain(
      'docs: kysely-docs pages, pooled',
    );
    // Only some of a site's pages read: the pooled gate is not judged on them.
    const one = await readTeamSets(TUNING.relevance, offTopic, pages.slice(0, 1));
    expect(teamOutcome(one, { ...TUNING.decision, threshold: 0 }).failed).not.toContain(
      'docs: kysely-docs pages, pooled',
    );
  }, 60_000);

  it('reuse, for a setting that changes only the title weight, the readings of one-document contents only', async () => {
    const offTopic = await readOffTopic();
    const specs = TEAM_SETS.filter(
      (s) =>
        s.path === 'tests/eval/docs/kysely-docs-0012-logging.json' ||
        s.path === 'tests/eval/docs/kysely-docs-all.json',
    );
    expect(specs).toHaveLength(2);
    const before = await readTeamSets(TUNING.relevance, offTopic, specs);
    const after = await readTeamSets({ ...TUNING.relevance, titleWeight: 0 }, offTopic, specs, before);
    expect(after[0]).toBe(before[0]);
    // The folder of several documents is read again, with the other weight.
    expect(after[1]).not.toBe(before[1]);
    expect(after[1]?.path).toBe(before[1]?.path);
  }, 60_000);
});
