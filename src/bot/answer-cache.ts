import type { APIEmbed } from 'discord-api-types/v10';
import {
  answerEntry,
  answerQuestion,
  describeKnowledge,
  findPassage,
  listDocuments,
  lookupGlossary,
  type Answer,
  type IndexedKnowledgeBase,
} from '../engine/index.js';
import { buildGlossaryReply } from '../reply/build-glossary-reply.js';
import { buildReply } from '../reply/build-reply.js';
import type { ReplyModel } from '../reply/reply-model.js';
import { renderAnswerEmbeds } from './render/render-answer.js';
import { shareEmbeds } from './render/serialize-message.js';

/** What is asked: a free-text question, a glossary term, or one entry by id (a related-question button). */
export interface AnswerRequest {
  readonly kind: 'question' | 'glossary' | 'entry';
  readonly text: string;
}

/** What the log and the recorder keep of an answer. */
export interface AnswerOutcome {
  readonly answered: boolean;
  readonly confidence: number;
  /** The answering entry; null when declined. */
  readonly entryId: string | null;
  /** The cited passages, e.g. ["p3", "p4"]. */
  readonly passageIds: readonly string[];
}

/** The reply to one request, its rendered embeds, and its outcome. */
export interface ComposedAnswer {
  readonly reply: ReplyModel;
  readonly embeds: readonly APIEmbed[];
  readonly outcome: AnswerOutcome;
}

/** Answers a request, remembering the most recent ones for each knowledge base; null for an unknown entry. */
export type ComposeAnswer = (
  knowledge: IndexedKnowledgeBase,
  request: AnswerRequest,
) => ComposedAnswer | null;

/**
 * Communities ask the same questions again and again (autocomplete offers the same wording to
 * everyone), and the answer to a request is fixed for a knowledge base: so the engine and the
 * embed rendering run once per request, and a reload starts afresh with the new knowledge.
 * Only the buttons, which carry the asker's id, are rendered per reply.
 */
export function createAnswerCache(maxEntries = 2_048): ComposeAnswer {
  const caches = new WeakMap<IndexedKnowledgeBase, Map<string, ComposedAnswer>>();
  return (knowledge, request) => {
    let cache = caches.get(knowledge);
    if (!cache) {
      cache = new Map();
      caches.set(knowledge, cache);
    }
    // Kinds never share a key: /glossary gpu and /ask gpu are different answers.
    const key = request.kind === 'question' ? request.text : `${request.kind}\u0000${request.text}`;
    const hit = cache.get(key);
    if (hit) {
      // Map order is recency order: move the hit to the end.
      cache.delete(key);
      cache.set(key, hit);
      return hit;
    }
    const composed = compose(knowledge, request);
    if (composed === null) return null;
    cache.set(key, composed);
    if (cache.size > maxEntries) cache.delete(cache.keys().next().value ?? '');
    return composed;
  };
}

function compose(knowledge: IndexedKnowledgeBase, request: AnswerRequest): ComposedAnswer | null {
  const context = {
    articleTitle: describeKnowledge(knowledge).title,
    documents: listDocuments(knowledge).length,
    passageOf: (id: string) => findPassage(knowledge, id),
  };
  if (request.kind === 'glossary') {
    const lookup = lookupGlossary(knowledge, request.text);
    const reply = buildGlossaryReply(request.text, lookup, context);
    const { definition } = lookup;
    const outcome = {
      answered: definition !== null,
      confidence: definition !== null ? 1 : 0,
      entryId: definition?.entryId ?? null,
      passageIds: definition !== null ? [definition.passage.id] : [],
    };
    return { reply, embeds: shareEmbeds(renderAnswerEmbeds(reply)), outcome };
  }
  const answer =
    request.kind === 'entry' ? answerEntry(knowledge, request.text) : answerQuestion(knowledge, request.text);
  if (answer === null) return null;
  const reply = buildReply(answer, context);
  return { reply, embeds: shareEmbeds(renderAnswerEmbeds(reply)), outcome: outcomeOf(answer) };
}

function outcomeOf(answer: Answer): AnswerOutcome {
  return {
    answered: answer.answered,
    confidence: answer.confidence,
    entryId: answer.best?.id ?? null,
    passageIds: answer.best?.passages.map((p) => p.id) ?? [],
  };
}
