// The team's own gated question sets (the article, the sourdough pack, the documentation pages) in the
// cross-validated choice (tests/eval/cross-validate.ts): a setting is chosen on the SQuAD articles only
// among those that hold every one of these sets at its bars, so that the values chosen are the values
// shipped. The fresh sets are never read here: they stay measured, not chosen on.
import type { DecisionTuning } from '../../src/engine/ranking/decide.js';
import type { RelevanceTuning } from '../../src/engine/ranking/score-passages.js';
import { docsSites, PAGES_OUT_OF_SCOPE_DECLINED, pooledDeclined } from './docs-sets.js';
import { EVAL_SETS, knowledgeOf, readSet, type EvalBars, type EvalSetSpec } from './evaluate.js';
import {
  answeredWith,
  readQuestion,
  replay,
  type QuestionReading,
  type Resolve,
} from './question-readings.js';

/** One gated set read under one relevance setting. */
export interface TeamSetReadings {
  readonly path: string;
  readonly label: string;
  readonly bars: EvalBars;
  readonly inScope: readonly { reading: QuestionReading; expect: readonly string[] }[];
  readonly outOfScope: readonly QuestionReading[];
  /**
   * Every off-topic question, asked of this set's content: its bar is the gate's, on the whole set
   * (a half holds too few misses to tell 97%; the SQuAD articles' held-out half is not asked here).
   */
  readonly offTopic: readonly QuestionReading[];
  /** How many of `offTopic`, the first ones, are the half thresholds may be chosen with. */
  readonly choosing: number;
}

/** The gated sets that are not SQuAD articles (those are the folds themselves). */
export const TEAM_SETS = EVAL_SETS.filter(
  (spec) => spec.bars !== undefined && spec.declineFrom === undefined,
);

/**
 * Reads every gated team set with one relevance setting; off-topic questions once per content folder.
 * `sameFor1Doc`: readings of a setting that differs only in what a document's title adds, reused for
 * the sets whose content is one document (document-prior.ts reads titles only in folders of several).
 * `resolve`: how questions are resolved (question-readings.ts's resolvingOnce, across settings).
 */
export async function readTeamSets(
  relevance: RelevanceTuning,
  offTopic: { readonly choosing: readonly string[]; readonly held: readonly string[] },
  specs: readonly EvalSetSpec[] = TEAM_SETS,
  sameFor1Doc?: readonly TeamSetReadings[],
  resolve?: Resolve,
): Promise<TeamSetReadings[]> {
  const offTopicByContent = new Map<string, QuestionReading[]>();
  const out: TeamSetReadings[] = [];
  for (const spec of specs) {
    const set = await readSet(spec);
    const ikb = await knowledgeOf(set.content);
    const reused = sameFor1Doc?.find((r) => r.path === spec.path);
    if (reused && ikb.kb.documents.length < 2) {
      out.push(reused);
      continue;
    }
    let off = offTopicByContent.get(set.content);
    if (!off)
      offTopicByContent.set(
        set.content,
        (off = [...offTopic.choosing, ...offTopic.held].map((q) => readQuestion(ikb, q, relevance, resolve))),
      );
    out.push({
      path: spec.path,
      label: spec.label,
      bars: spec.bars!,
      inScope: set.inScope.map(({ q, expect }) => ({
        reading: readQuestion(ikb, q, relevance, resolve),
        expect,
      })),
      outOfScope: set.outOfScope.map((q) => readQuestion(ikb, q, relevance, resolve)),
      offTopic: off,
      choosing: offTopic.choosing.length,
    });
  }
  return out;
}

/** What one decision setting makes of the team's sets. */
export interface TeamOutcome {
  /** The labels of the sets it leaves below their bars (none: it holds them all). */
  readonly failed: readonly string[];
  /**
   * Questions it gets right over every set: answerable ones answered right, questions to decline and
   * the choosing half of the off-topic ones declined (what settings that tie on SQuAD are told by).
   */
  readonly correct: number;
}

/** One gated set's counts under one decision setting. */
export interface SetCounts {
  /** Answerable questions answered with a right passage among those shown. */
  readonly right: number;
  readonly outDeclined: number;
  /** Off-topic questions declined, all of them and of the choosing half. */
  readonly offDeclined: number;
  readonly offChoosingDeclined: number;
}

/** How one decision setting does on the team's sets. */
export function teamOutcome(sets: readonly TeamSetReadings[], decision: DecisionTuning): TeamOutcome {
  const declined = (rs: readonly QuestionReading[]): number =>
    rs.filter((r) => replay(r, decision) === undefined).length;
  const counts = sets.map(({ inScope, outOfScope, offTopic, choosing }) => ({
    right: inScope.filter(({ reading, expect }) => answeredWith(reading, decision, expect)).length,
    outDeclined: declined(outOfScope),
    offDeclined: declined(offTopic),
    offChoosingDeclined: declined(offTopic.slice(0, choosing)),
  }));
  return judge(sets, counts, docsSites());
}

/** The outcome of a setting on the team's sets, from its counts on each (`sites`: docsSites()). */
export function judge(
  sets: readonly TeamSetReadings[],
  counts: readonly SetCounts[],
  sites: readonly { site: string; pages: readonly string[] }[],
): TeamOutcome {
  const failed: string[] = [];
  let correct = 0;
  const outDeclinedOf = new Map<string, { declined: number; asked: number }>();
  sets.forEach(({ path, label, bars, inScope, outOfScope, offTopic }, i) => {
    const { right, outDeclined, offDeclined, offChoosingDeclined } = counts[i]!;
    outDeclinedOf.set(path, { declined: outDeclined, asked: outOfScope.length });
    correct += right + outDeclined + offChoosingDeclined;
    const below =
      right < bars.rightFirst * inScope.length ||
      outDeclined < bars.outOfScopeDeclined * outOfScope.length ||
      (bars.offTopicDeclined !== undefined && offDeclined < bars.offTopicDeclined * offTopic.length);
    if (below) failed.push(label);
  });
  failed.push(...sitesBelow(outDeclinedOf, sites));
  return { failed, correct };
}

/** The documentation sites whose pages, pooled, decline too few of the questions they do not answer (eval.test.ts's pooled gate). */
function sitesBelow(
  outDeclinedOf: ReadonlyMap<string, { declined: number; asked: number }>,
  sites: readonly { site: string; pages: readonly string[] }[],
): string[] {
  return sites.flatMap(({ site, pages }) => {
    const read = pages.flatMap((page) => outDeclinedOf.get(page) ?? []);
    // A choice made with only some of the sets read (a test's) judges only the sites it read whole.
    if (read.length < pages.length) return [];
    return pooledDeclined(read) < PAGES_OUT_OF_SCOPE_DECLINED ? [`docs: ${site} pages, pooled`] : [];
  });
}
