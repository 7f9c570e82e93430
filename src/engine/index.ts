// Public surface of the answer engine: pure functions over an indexed knowledge base.
export type {
  Answer,
  AnswerEntry,
  AnsweringSentence,
  CitedPassage,
  Highlight,
  RelatedQuestion,
} from './answering/answer.js';
export { ANSWER_THRESHOLD, SURE_CONFIDENCE } from './ranking/decide.js';
export type { IndexedKnowledgeBase } from './indexing/build-index.js';
export { buildIndex } from './indexing/build-index.js';
export { answerQuestion, answerEntry } from './answering/answer-question.js';
export { suggestQuestions } from './answering/suggest-questions.js';
export { lookupGlossary, type GlossaryDefinition, type GlossaryLookup } from './answering/lookup-glossary.js';
export { suggestTerms } from './answering/suggest-terms.js';
export { describeKnowledge, type KnowledgeSummary } from './answering/describe-knowledge.js';
export { findQuestion, listTopics } from './answering/list-topics.js';
export { questionTerms, type QuestionTerm } from './answering/question-terms.js';
export { closestPassage, CLOSEST_FLOOR, type ClosestPassage } from './answering/closest-passage.js';
export { findPassage } from './answering/find-passage.js';
export { listDocuments } from './answering/list-documents.js';
// The content model the renderers draw (blocks of a document passage), read through the engine's entry.
export type {
  AdmonitionKind,
  Block,
  DocumentInfo,
  Inline,
  ListItem,
  Passage,
  PassageKind,
} from '../content/knowledge-base.js';
