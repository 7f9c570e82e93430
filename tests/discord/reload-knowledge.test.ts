import { describe, expect, it } from 'vitest';
import { ContentError } from '../../src/content/content-error.js';
import { createKnowledgeStore } from '../../src/knowledge/knowledge-store.js';
import { reloadKnowledge } from '../../src/knowledge/reload-knowledge.js';
import { renderReloadResult } from '../../src/bot/render/render-reload.js';
import { buildIndex } from '../../src/engine/index.js';
import { createSilentLogger } from '../../src/logging/logger.js';
import { kb } from '../reply/fixtures.js';

const logger = createSilentLogger();

describe('reloadKnowledge', () => {
  it('swaps in the new knowledge base', async () => {
    const store = createKnowledgeStore(buildIndex({ ...kb, entries: [] }));
    const result = await reloadKnowledge(store, () => Promise.resolve(buildIndex(kb)), 'content', logger);
    expect(result).toEqual({ ok: true, passages: 2, questions: 2 });
    expect(store.getKnowledge().kb.entries).toHaveLength(2);
  });

  it('keeps the old knowledge base and reports file, entry and reason when the folder is broken', async () => {
    const old = buildIndex(kb);
    const store = createKnowledgeStore(old);
    const problem = { file: 'glossary.md', entry: 'line 3', reason: 'missing ":"' };
    const result = await reloadKnowledge(
      store,
      () => Promise.reject(new ContentError('content', [problem])),
      'content',
      logger,
    );
    expect(result).toEqual({ ok: false, problems: [problem] });
    expect(store.getKnowledge()).toBe(old);
    expect(renderReloadResult(result).content).toContain('glossary.md › line 3: missing ":"');
  });

  it('reports unexpected errors too', async () => {
    const store = createKnowledgeStore(buildIndex(kb));
    const result = await reloadKnowledge(store, () => Promise.reject(new Error('EACCES')), 'content', logger);
    expect(result.ok).toBe(false);
    expect(renderReloadResult(result).content).toContain('EACCES');
  });
});
