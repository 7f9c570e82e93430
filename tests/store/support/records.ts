/** Question and vote records for storage tests. */
import type { QuestionRecord, VoteRecord } from '../../../src/store/records.js';

export function question(overrides: Partial<QuestionRecord> = {}): QuestionRecord {
  return {
    at: new Date(),
    guildId: '100000000000000001',
    via: 'command:ask',
    question: 'What is a GPU?',
    answered: true,
    entryId: 'what-is-gpu',
    passageIds: ['g-gpu'],
    confidence: 0.9,
    ms: 1.25,
    ...overrides,
  };
}

export function vote(overrides: Partial<VoteRecord> = {}): VoteRecord {
  return {
    at: new Date(),
    guildId: '100000000000000001',
    entryId: 'what-is-gpu',
    question: 'What is a GPU?',
    vote: 'up',
    userId: '200000000000000001',
    messageId: '300000000000000001',
    ...overrides,
  };
}
