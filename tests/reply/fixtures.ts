import type { KnowledgeBase } from '../../src/content/knowledge-base.js';
import type { Answer, CitedPassage } from '../../src/engine/index.js';

/** A two-passage knowledge base, small enough to read in one glance. */
export const kb: KnowledgeBase = {
  title: 'Chips as an alternative',
  documents: [{ id: 'article', file: 'article.md', title: 'Chips as an alternative' }],
  equivalences: [['GPU', 'Graphics Processing Unit']],
  passages: [
    {
      id: 'p1',
      kind: 'paragraph',
      text: 'AWS deployed over 2.1 million AI chips, more than half of them Trainium.',
      source: 'article ¶1',
      sentences: [
        { id: 'p1.s1', text: 'AWS deployed over 2.1 million AI chips, more than half of them Trainium.' },
      ],
    },
    {
      id: 'g-gpu',
      kind: 'glossary',
      text: 'GPU (Graphics Processing Unit): A processor that handles many tasks at once.',
      source: 'glossary: GPU',
      sentences: [
        {
          id: 'g-gpu.s1',
          text: 'GPU (Graphics Processing Unit): A processor that handles many tasks at once.',
        },
      ],
    },
  ],
  glossary: [
    {
      id: 'gpu',
      term: 'GPU (Graphics Processing Unit)',
      names: ['GPU', 'Graphics Processing Unit'],
      definition: 'A processor that handles many tasks at once.',
      passageId: 'g-gpu',
    },
  ],
  entries: [
    {
      id: 'chips-deployed',
      question: 'How many AI chips did AWS deploy?',
      phrasings: [],
      passageIds: ['p1'],
      origin: 'derived',
    },
    {
      id: 'what-is-gpu',
      question: 'What is a GPU?',
      phrasings: [],
      passageIds: ['g-gpu'],
      origin: 'glossary',
    },
  ],
};

export const chipsPassage: CitedPassage = {
  id: 'p1',
  text: 'AWS deployed over 2.1 million AI chips, more than half of them Trainium.',
  source: 'article ¶1',
  highlights: [
    { start: 63, end: 71 },
    { start: 30, end: 38 },
  ],
  sentences: [{ id: 'p1.s1', start: 0, end: 73 }],
};

/** A three-sentence paragraph whose middle sentence answers. */
export const middleSentencePassage: CitedPassage = {
  id: 'p1',
  text: 'AWS builds its own chips. It deployed 2.1 million of them. Most were Trainium.',
  source: 'article ¶1',
  highlights: [{ start: 38, end: 49 }],
  sentences: [{ id: 'p1.s2', start: 26, end: 58 }],
};

/** An answer that points at the middle sentence of a longer paragraph. */
export const answeredMidParagraph: Answer = {
  question: 'how many chips did aws deploy',
  answered: true,
  confidence: 0.92,
  best: {
    id: 'chips-deployed',
    question: 'How many AI chips did AWS deploy?',
    passages: [middleSentencePassage],
  },
  related: [],
  suggestions: [],
};

/** A confident answer with one related question. */
export const answered: Answer = {
  question: 'how many chips did aws deploy',
  answered: true,
  confidence: 0.92,
  best: { id: 'chips-deployed', question: 'How many AI chips did AWS deploy?', passages: [chipsPassage] },
  related: [{ id: 'what-is-gpu', question: 'What is a GPU?' }],
  suggestions: [],
};

/** The same answer, but only a middling match. */
export const middling: Answer = { ...answered, confidence: 0.45 };

/** A declined question with two suggestions. */
export const declined: Answer = {
  question: 'Who won the *football* @everyone?',
  answered: false,
  confidence: 0.1,
  best: null,
  related: [],
  suggestions: [
    { id: 'what-is-gpu', question: 'What is a GPU?' },
    { id: 'chips-deployed', question: 'How many AI chips did AWS deploy?' },
  ],
};
