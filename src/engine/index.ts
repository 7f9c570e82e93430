// Public surface of the answer engine: pure functions over an indexed knowledge base.
export type { Answer, AnswerEntry, CitedPassage, Highlight, RelatedQuestion } from './answer.js';
export type { IndexedKnowledgeBase } from './build-index.js';
export { buildIndex } from './build-index.js';
export { answerQuestion, answerEntry } from './answer-question.js';
export { suggestQuestions } from './suggest-questions.js';
export { lookupGlossary, type GlossaryLookup } from './lookup-glossary.js';
