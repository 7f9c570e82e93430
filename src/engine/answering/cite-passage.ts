import type { IndexedKnowledgeBase } from '../indexing/build-index.js';
import type { AnsweringSentence, CitedPassage } from './answer.js';

/** Sentence `s` (a global sentence number) of passage `p`: its id and where it stands in the text. */
export function answeringSentenceOf(ikb: IndexedKnowledgeBase, p: number, s: number): AnsweringSentence {
  const passage = ikb.kb.passages[p];
  const first = ikb.passageIndex.firstSentence[p] ?? 0;
  return {
    id: passage?.sentences[s - first]?.id ?? `${passage?.id ?? 'p'}.s${s - first + 1}`,
    start: ikb.passageIndex.sentenceStart[s] ?? 0,
    end: ikb.passageIndex.sentenceEnd[s] ?? passage?.text.length ?? 0,
  };
}

/**
 * A passage cited whole, as a glossary definition is: every sentence answers and nothing is
 * highlighted, because it was found by name rather than by the question's words.
 */
export function citeWholePassage(ikb: IndexedKnowledgeBase, passageIndex: number): CitedPassage | null {
  const passage = ikb.kb.passages[passageIndex];
  if (!passage) return null;
  const { firstSentence, passageOfSentence } = ikb.passageIndex;
  const sentences: AnsweringSentence[] = [];
  for (let s = firstSentence[passageIndex] ?? 0; passageOfSentence[s] === passageIndex; s++)
    sentences.push(answeringSentenceOf(ikb, passageIndex, s));
  return { id: passage.id, text: passage.text, source: passage.source, highlights: [], sentences };
}
