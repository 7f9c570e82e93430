import { describe, expect, it } from 'vitest';
import type { RelatedQuestion } from '../../src/engine/index.js';
import { decodeCustomId } from '../../src/bot/custom-id.js';
import { TOPICS_PER_PAGE, renderTopics } from '../../src/bot/render/render-topics.js';

const entries: RelatedQuestion[] = Array.from({ length: 23 }, (_, i) => ({
  id: `q${i}`,
  question: `Question ${i + 1}?`,
}));

function buttons(page: number) {
  return renderTopics(entries, page).components.flatMap((row) => row.components);
}

describe('renderTopics', () => {
  it('lists one page of questions, numbered across pages', () => {
    const description = renderTopics(entries, 1).embeds[0]?.description ?? '';
    expect(description.split('\n')).toHaveLength(TOPICS_PER_PAGE);
    expect(description).toContain('11\\. Question 11?');
    expect(renderTopics(entries, 1).embeds[0]?.footer?.text).toContain('Page 2 of 3');
  });

  it('carries the target pages in Prev/Next custom_ids and disables them at the ends', () => {
    const [prev, next] = buttons(0);
    expect(prev && 'custom_id' in prev ? decodeCustomId(prev.custom_id) : null).toEqual({
      kind: 'topics',
      page: 0,
    });
    expect(prev?.disabled).toBe(true);
    expect(next && 'custom_id' in next ? decodeCustomId(next.custom_id) : null).toEqual({
      kind: 'topics',
      page: 1,
    });
    expect(buttons(2)[1]?.disabled).toBe(true);
  });

  it('clamps a stale page to the last one', () => {
    expect(renderTopics(entries, 99).embeds[0]?.footer?.text).toContain('Page 3 of 3');
  });

  it('shows no buttons for a single page or an empty knowledge base', () => {
    expect(renderTopics(entries.slice(0, 3), 0).components).toEqual([]);
    expect(renderTopics([], 0).embeds[0]?.description).toContain('No questions');
  });
});
