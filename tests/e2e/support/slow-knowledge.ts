/** A knowledge base that can be made slow for one question, to drive the bot's deferred-reply path. */
import type { IndexedKnowledgeBase } from '../../../src/engine/index.js';

/** Blocks the thread, as a long synchronous computation would (the timer cannot interrupt it). */
function blockFor(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/**
 * Wraps an indexed knowledge base. After `slowDownNext(ms)`, the next read of its `kb` (the engine
 * reads it while answering) blocks for `ms`, like answering from a very large knowledge base would.
 */
export function slowKnowledge(ikb: IndexedKnowledgeBase): {
  knowledge: IndexedKnowledgeBase;
  slowDownNext(ms: number): void;
} {
  let pendingMs = 0;
  const knowledge = new Proxy(ikb, {
    get(target, property, receiver): unknown {
      if (property === 'kb' && pendingMs > 0) {
        const ms = pendingMs;
        pendingMs = 0;
        blockFor(ms);
      }
      return Reflect.get(target, property, receiver);
    },
  });
  return {
    knowledge,
    slowDownNext(ms) {
      pendingMs = ms;
    },
  };
}
