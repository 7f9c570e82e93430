import { closestPassage, questionTerms, type IndexedKnowledgeBase } from '../engine/index.js';
import type { Activity, StoredQuestion, VoteTally } from '../store/records.js';
import { groupWordings, type Wording, type WordingGroup } from './group-declined.js';
import type { DeclinedGroup, GroupClosest, Review, ReviewOptions } from './review.js';

const EXAMPLES = 3;
const DEFAULT_MAX_DISLIKED = 10;
// Ranking is the costly step: a group's closest passage is read from its most asked wordings only.
const CLOSEST_WORDINGS = 12;

const squash = (text: string): string => text.replace(/\s+/gu, ' ').trim();

/** Distinct wordings (case and spacing aside), each shown as most recently asked; newest first. */
function distinctWordings(knowledge: IndexedKnowledgeBase, declined: readonly StoredQuestion[]): Wording[] {
  const byKey = new Map<string, { text: string; count: number }>();
  for (const { question } of declined) {
    const text = squash(question);
    const key = text.toLowerCase();
    const seen = byKey.get(key);
    if (seen) seen.count++;
    else byKey.set(key, { text, count: 1 });
  }
  return [...byKey.values()].map(({ text, count }) => ({
    text,
    count,
    terms: questionTerms(knowledge, text),
  }));
}

/**
 * The passage most of a group's questions come close to; null unless at least half of them come
 * close to one, so a stray known word in one wording ("Does Google make TPUs?") does not point a
 * whole missing topic at the glossary's "hyperscaler".
 */
function closestOfGroup(knowledge: IndexedKnowledgeBase, group: WordingGroup): GroupClosest | null {
  const tally = new Map<string, { count: number; closeness: number; question: string }>();
  let asked = 0;
  let near = 0;
  for (const wording of group.wordings.slice(0, CLOSEST_WORDINGS)) {
    asked += wording.count;
    const closest = closestPassage(knowledge, wording.text);
    if (!closest) continue;
    near += wording.count;
    const seen = tally.get(closest.passageId);
    if (!seen)
      tally.set(closest.passageId, {
        count: wording.count,
        closeness: closest.closeness,
        question: closest.question,
      });
    else {
      seen.count += wording.count;
      if (closest.closeness > seen.closeness)
        Object.assign(seen, { closeness: closest.closeness, question: closest.question });
    }
  }
  if (near * 2 < asked) return null;
  const [best] = [...tally].sort(([, a], [, b]) => b.count - a.count || b.closeness - a.closeness);
  return best ? { passageId: best[0], question: best[1].question } : null;
}

function toDeclinedGroup(knowledge: IndexedKnowledgeBase, group: WordingGroup): DeclinedGroup {
  const wordings = group.wordings.map((w) => w.text);
  return {
    count: group.count,
    examples: wordings.slice(0, EXAMPLES),
    wordings,
    closest: closestOfGroup(knowledge, group),
  };
}

function mostDisliked(votes: readonly VoteTally[], limit: number): VoteTally[] {
  return votes
    .filter((v) => v.down > 0)
    .sort((a, b) => b.down - a.down || a.up - b.up || (a.entryId < b.entryId ? -1 : 1))
    .slice(0, limit);
}

/**
 * The review report from stored activity: totals from the day counts (kept even when question text
 * is not), declined questions grouped by the engine's reading of their wording, largest first, each
 * with the passage it comes closest to, and the answers with the most 👎. Pure.
 */
export function buildReview(
  activity: Activity,
  knowledge: IndexedKnowledgeBase,
  options: ReviewOptions,
): Review {
  const answered = activity.perDay.reduce((sum, d) => sum + d.answered, 0);
  const declined = activity.perDay.reduce((sum, d) => sum + d.declined, 0);
  const questions = answered + declined;
  const groups = groupWordings(distinctWordings(knowledge, activity.declined)).slice(0, options.maxGroups);
  return {
    days: options.days,
    guildId: options.guildId,
    questions,
    answered,
    declined,
    answerRate: questions === 0 ? null : answered / questions,
    declinedWithText: activity.declined.length,
    feedback: {
      up: activity.votes.reduce((sum, v) => sum + v.up, 0),
      down: activity.votes.reduce((sum, v) => sum + v.down, 0),
    },
    declinedGroups: groups.map((g) => toDeclinedGroup(knowledge, g)),
    mostDisliked: mostDisliked(activity.votes, options.maxDisliked ?? DEFAULT_MAX_DISLIKED),
    perDay: activity.perDay,
  };
}
