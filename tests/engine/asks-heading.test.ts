import { describe, expect, it } from 'vitest';
import { compileFiles } from '../../src/content/compile-content.js';
import { answerQuestion, buildIndex } from '../../src/engine/index.js';

// Every section of a page about one thing says its words; a question made of exactly a heading's
// words ("what are context menus") asks the section titled by them, here the page's introduction.
const MENUS = `# Context Menus

Context Menus are application commands which appear when right clicking a user or a message.

## Receiving context menu command interactions

Context menu command interactions arrive like other context menu interactions: check whether the
context menu interaction is a user context menu or a message context menu command.
`;
const EMBEDS = `# Embeds

Embeds are rich messages with a title, fields and a colour.
`;

const ikb = buildIndex(
  compileFiles('fixture', {
    documents: [
      { file: 'context-menus.md', text: MENUS },
      { file: 'embeds.md', text: EMBEDS },
    ],
  }),
);

describe('a question that names a heading', () => {
  it('is answered by the section titled by exactly its words, not by one that says them more', () => {
    const answer = answerQuestion(ikb, 'what are context menus');
    expect(answer.answered).toBe(true);
    expect(answer.best?.id).toBe('s-context-menus-context-menus');
  });

  it('leaves a question with words beyond the heading to the ranking', () => {
    const answer = answerQuestion(ikb, 'how do i receive context menu interactions');
    expect(answer.best?.id).toBe('s-context-menus-receiving-context-menu-command-interactions');
  });
});
