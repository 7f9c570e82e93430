import type { IndexedKnowledgeBase } from '../indexing/build-index.js';
import type { AnsweringSentence, CitedPassage } from './answer.js';

/**
 * A passage cited whole, as a glossary definition is: every sentence answers and nothing is
 * highlighted, because it was found by name rather than by the question's words.
 */
export function citeWholePassage(ikb: IndexedKnowledgeBase, passageIndex: number): CitedPassage | null {
  const passage = ikb.kb.passages[passageIndex];
  if (!passage) return null;
  const { firstSentence, passageOfSentence, sentenceStart, sentenceEnd } = ikb.passageIndex;
  const first = firstSentence[passageIndex] ?? 0;
  const sentences: AnsweringSentence[] = [];
  for (let s = first; s < passageOfSentence.length && passageOfSentence[s] === passageIndex; s++) {
    sentences.push({
      id: passage.sentences[s - first]?.id ?? `${passage.id}.s${s - first + 1}`,
      start: sentenceStart[s] ?? 0,
      end: sentenceEnd[s] ?? passage.text.length,
    });
  }
  return { id: passage.id, text: passage.text, source: passage.source, highlights: [], sentences };
}
