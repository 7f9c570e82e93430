// The team's own gated question sets (the article, the sourdough pack, the documentation pages) in the
// cross-validated choice (tests/eval/cross-validate.ts): a setting is chosen on the SQuAD articles only
// among those that hold every one of these sets at its bars, so that the values chosen are the values
// shipped. The fresh sets are never read here: they stay measured, not chosen on.
import type { DecisionTuning } from '../../src/engine/ranking/decide.js';
import type { RelevanceTuning } from '../../src/engine/ranking/score-passages.js';
import { EVAL_SETS, knowledgeOf, readSet, type EvalBars, type EvalSetSpec } from './evaluate.js';
import { answeredWith, readQuestion, replay, type QuestionReading } from './question-readings.js';

/** One gated set read under one relevance setting. */
export interface TeamSetReadings {
  readonly label: string;
  readonly bars: EvalBars;
  readonly inScope: readonly { reading: QuestionReading; expect: readonly string[] }[];
  readonly outOfScope: readonly QuestionReading[];
  /**
   * Every off-topic question, asked of this set's content: its bar is the gate's, on the whole set
   * (a half holds too few misses to tell 97%; the SQuAD articles' held-out half is not asked here).
   */
  readonly offTopic: readonly QuestionReading[];
}

/** The gated sets that are not SQuAD articles (those are the folds themselves). */
export const TEAM_SETS = EVAL_SETS.filter(
  (spec) => spec.bars !== undefined && spec.declineFrom === undefined,
);

/** Reads every gated team set with one relevance setting; off-topic questions once per content folder. */
export async function readTeamSets(
  relevance: RelevanceTuning,
  offTopic: readonly string[],
  specs: readonly EvalSetSpec[] = TEAM_SETS,
): Promise<TeamSetReadings[]> {
  const offTopicByContent = new Map<string, QuestionReading[]>();
  const out: TeamSetReadings[] = [];
  for (const spec of specs) {
    const set = await readSet(spec);
    const ikb = await knowledgeOf(set.content);
    let off = offTopicByContent.get(set.content);
    if (!off)
      offTopicByContent.set(set.content, (off = offTopic.map((q) => readQuestion(ikb, q, relevance))));
    out.push({
      label: spec.label,
      bars: spec.bars!,
      inScope: set.inScope.map(({ q, expect }) => ({ reading: readQuestion(ikb, q, relevance), expect })),
      outOfScope: set.outOfScope.map((q) => readQuestion(ikb, q, relevance)),
      offTopic: off,
    });
  }
  return out;
}

/** The labels of the sets a decision setting leaves below their bars (none: it holds them all). */
export function teamSetsFailed(sets: readonly TeamSetReadings[], decision: DecisionTuning): string[] {
  const share = (part: number, of: number): number => (of === 0 ? 1 : part / of);
  const declined = (rs: readonly QuestionReading[]): number =>
    share(rs.filter((r) => replay(r, decision) === undefined).length, rs.length);
  return sets
    .filter(({ bars, inScope, outOfScope, offTopic }) => {
      const right = share(
        inScope.filter(({ reading, expect }) => answeredWith(reading, decision, expect)).length,
        inScope.length,
      );
      return (
        right < bars.rightFirst ||
        declined(outOfScope) < bars.outOfScopeDeclined ||
        (bars.offTopicDeclined !== undefined && declined(offTopic) < bars.offTopicDeclined)
      );
    })
    .map((s) => s.label);
}
