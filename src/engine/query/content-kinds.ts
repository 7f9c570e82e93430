import type { IndexedKnowledgeBase } from '../indexing/build-index.js';
import { HAS_DATE, HAS_YEAR } from '../indexing/sentence-features.js';
import type { AnswerType } from './answer-type.js';

// Scanned once per index: whether any sentence of the content holds a date or year.
const datedContent = new WeakMap<IndexedKnowledgeBase, boolean>();

function hasDates(ikb: IndexedKnowledgeBase): boolean {
  let dated = datedContent.get(ikb);
  if (dated === undefined) {
    dated = ikb.passageIndex.sentenceFeatures.some((flags) => (flags & (HAS_YEAR | HAS_DATE)) !== 0);
    datedContent.set(ikb, dated);
  }
  return dated;
}

// "when does …", "when do i …", "when is … emitted": present tense, a recurring condition. "When was
// AWS founded?" and "when will it ship?" still ask for a date.
const WHEN_CONDITION = /\bwhen (?:do|does|is|are|should|can|must|would)\b/iu;

/**
 * The kind of answer a question asks for, as far as this content can give it. In a content with no
 * date anywhere (a documentation page), "when does the ready event fire?" asks for a condition, not
 * a date: asking for one would decline every such question the content answers.
 */
export function answerTypeIn(
  ikb: IndexedKnowledgeBase,
  question: string,
  type: AnswerType | undefined,
): AnswerType | undefined {
  return type === 'time' && WHEN_CONDITION.test(question) && !hasDates(ikb) ? undefined : type;
}
