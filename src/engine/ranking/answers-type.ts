import type { PassageIndex } from '../indexing/passage-index.js';
import { HAS_DATE, HAS_NUMBER, HAS_YEAR } from '../indexing/sentence-features.js';
import type { AnswerType } from '../query/answer-type.js';

/** Whether a sentence has the kind of answer the question asks for. */
export function answersType(
  index: PassageIndex,
  s: number,
  type: AnswerType,
  questionKeys: ReadonlySet<string>,
): boolean {
  const flags = index.sentenceFeatures[s] ?? 0;
  if (type === 'time') return (flags & (HAS_YEAR | HAS_DATE)) !== 0;
  if (type === 'number') return (flags & HAS_NUMBER) !== 0;
  for (const name of index.sentenceNames[s] ?? []) if (!questionKeys.has(name)) return true;
  return false;
}
