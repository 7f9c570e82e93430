import type { QuestionTerm } from '../engine/index.js';

/** One distinct wording of a declined question: how often it was asked, and the engine's reading of it. */
export interface Wording {
  readonly text: string;
  readonly count: number;
  readonly terms: readonly QuestionTerm[];
}

/** Wordings that ask about the same thing, most asked first. */
export interface WordingGroup {
  readonly count: number;
  readonly wordings: readonly Wording[];
}

/** Two wordings ask the same thing from this cosine similarity of their weighted terms. */
export const SAME_TOPIC_SIMILARITY = 0.5;

/** Weights by key. */
export type Vector = Map<string, number>;

/** A wording's terms as weights by key, its everyday synonyms included at their discount. */
export function vectorOf(terms: readonly QuestionTerm[]): Vector {
  const vector: Vector = new Map();
  for (const t of terms) {
    vector.set(t.key, Math.max(vector.get(t.key) ?? 0, t.weight));
    for (const s of t.synonyms) vector.set(s.key, Math.max(vector.get(s.key) ?? 0, s.weight));
  }
  return vector;
}

function add(into: Vector, vector: Vector, times: number): void {
  for (const [key, weight] of vector) into.set(key, (into.get(key) ?? 0) + weight * times);
}

function norm(v: Vector): number {
  let sum = 0;
  for (const x of v.values()) sum += x * x;
  return Math.sqrt(sum);
}

/** Cosine similarity of two term vectors (0 when either is empty). */
export function similarity(a: Vector, b: Vector, aNorm = norm(a), bNorm = norm(b)): number {
  if (aNorm === 0 || bNorm === 0) return 0;
  let dot = 0;
  for (const [key, weight] of a) dot += weight * (b.get(key) ?? 0);
  return dot / (aNorm * bNorm);
}

interface Draft {
  count: number;
  readonly wordings: Wording[];
  readonly centroid: Vector;
  centroidNorm: number;
}

const newDraft = (): Draft => ({ count: 0, wordings: [], centroid: new Map(), centroidNorm: 0 });

/**
 * Greedy clustering: the most asked wordings open groups, and each wording joins the group whose
 * centre (its members' weighted terms) it is most like, from SAME_TOPIC_SIMILARITY; comparing with
 * the centre rather than any member keeps a chain of small overlaps from merging topics. Cosine
 * lets "Does Google make TPUs?" join "what is a TPU?": the rare word they share outweighs the rest.
 * Wordings with no content words at all ("hello?") form one group of their own.
 */
export function groupWordings(wordings: readonly Wording[]): WordingGroup[] {
  const ordered = [...wordings].sort((a, b) => b.count - a.count);
  const groups: Draft[] = [];
  const empty = newDraft();
  for (const wording of ordered) {
    if (wording.terms.length === 0) {
      empty.count += wording.count;
      empty.wordings.push(wording);
      continue;
    }
    const vector = vectorOf(wording.terms);
    const vectorNorm = norm(vector);
    let best: Draft | undefined;
    let bestSimilarity = SAME_TOPIC_SIMILARITY;
    for (const group of groups) {
      const s = similarity(vector, group.centroid, vectorNorm, group.centroidNorm);
      if (s >= bestSimilarity) {
        best = group;
        bestSimilarity = s;
      }
    }
    const group = best ?? newDraft();
    if (!best) groups.push(group);
    group.count += wording.count;
    group.wordings.push(wording);
    add(group.centroid, vector, wording.count);
    group.centroidNorm = norm(group.centroid);
  }
  if (empty.count > 0) groups.push(empty);
  // A stable sort: among equal counts, the group opened first (by its most asked wording) stays first.
  return groups
    .sort((a, b) => b.count - a.count)
    .map(({ count, wordings: members }) => ({ count, wordings: members }));
}
