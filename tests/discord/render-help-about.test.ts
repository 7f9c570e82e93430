import { describe, expect, it } from 'vitest';
import { renderAbout } from '../../src/bot/render/render-about.js';
import { renderHelp } from '../../src/bot/render/render-help.js';
import type { KnowledgeSummary } from '../../src/engine/index.js';

const summary = (documents: string[]): KnowledgeSummary => ({
  title: documents[0] ?? '',
  documents,
  passages: 12,
  paragraphs: 9,
  glossaryTerms: 3,
  questions: 40,
});
const PAGES = ['FAQ', 'Errors', 'Cooldowns', 'Slash commands', 'Buttons', 'Modals', 'Embeds'];

describe('/help and /about name the documents, never "the article"', () => {
  it('names a lone document by its title', () => {
    const help = renderHelp(['Context Menus']).embeds[0]?.description ?? '';
    expect(help).toContain('I answer questions about **Context Menus**, quoting it');
    const about = renderAbout(summary(['Context Menus']), '1.0.0').embeds[0];
    expect(about?.title).toBe('Context Menus');
    expect(about?.description).toContain('this document');
    expect(about?.footer?.text).toBe('Source: Context Menus');
    for (const text of [help, about?.description ?? '']) expect(text).not.toContain('article');
  });

  it('names several documents by their titles, the first five and how many more', () => {
    const help = renderHelp(PAGES).embeds[0]?.description ?? '';
    expect(help).toContain(
      'these 7 documents (**FAQ**, **Errors**, **Cooldowns**, **Slash commands**, **Buttons** and 2 more)',
    );
    const about = renderAbout(summary(PAGES), '1.0.0').embeds[0];
    expect(about?.title).toBe('7 documents');
    expect(about?.description).toContain('these documents');
    expect(about?.footer?.text).toBe(`Sources: ${PAGES.join(', ')}`);
    for (const text of [help, about?.description ?? '']) expect(text).not.toContain('article');
  });
});
