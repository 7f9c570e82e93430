import type { APIEmbed } from 'discord-api-types/v10';
import {
  answerQuestion,
  describeKnowledge,
  type Answer,
  type IndexedKnowledgeBase,
} from '../engine/index.js';
import { buildReply } from '../reply/build-reply.js';
import type { ReplyModel } from '../reply/reply-model.js';
import { renderAnswerEmbeds } from './render/render-answer.js';

/** The engine's answer to one question, its reply model and its rendered embeds. */
export interface ComposedAnswer {
  readonly answer: Answer;
  readonly reply: ReplyModel;
  readonly embeds: readonly APIEmbed[];
}

/** Answers questions, remembering the most recent ones for each knowledge base. */
export type ComposeAnswer = (knowledge: IndexedKnowledgeBase, question: string) => ComposedAnswer;

/**
 * Communities ask the same questions again and again (autocomplete offers the same wording to
 * everyone), and the answer to a text is fixed for a knowledge base: so the engine and the
 * embed rendering run once per question text, and a reload starts afresh with the new knowledge.
 * Only the buttons, which carry the asker's id, are rendered per reply.
 */
export function createAnswerCache(maxEntries = 2_048): ComposeAnswer {
  const caches = new WeakMap<IndexedKnowledgeBase, Map<string, ComposedAnswer>>();
  return (knowledge, question) => {
    let cache = caches.get(knowledge);
    if (!cache) {
      cache = new Map();
      caches.set(knowledge, cache);
    }
    const hit = cache.get(question);
    if (hit) {
      // Map order is recency order: move the hit to the end.
      cache.delete(question);
      cache.set(question, hit);
      return hit;
    }
    const answer = answerQuestion(knowledge, question);
    const reply = buildReply(answer, { articleTitle: describeKnowledge(knowledge).title });
    const composed = { answer, reply, embeds: renderAnswerEmbeds(reply) };
    cache.set(question, composed);
    if (cache.size > maxEntries) cache.delete(cache.keys().next().value ?? '');
    return composed;
  };
}
