/**
 * A real documentation page, unchanged, as the content folder: every answer the bot sends reads as
 * Markdown in Discord (code blocks with balanced fences, the source's formatting kept, no raw
 * containers or components) and every request is one Discord accepts.
 */
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { listTopics } from '../../src/engine/index.js';
import { loadKnowledge } from '../../src/knowledge/load-knowledge.js';
import { ask, startHarness, stopHarness, type Harness } from './support/bot-harness.js';
import { expectWellFormedCall } from './support/expect-well-formed.js';
import { callbackMessage, firstEmbed } from './support/payloads.js';

// A page of the discord.js guide, unchanged (VuePress: ::: tip containers, Vue components, code fences, lists).
const contentDir = fileURLToPath(new URL('../fixtures/docs/discordjs-guide/modals', import.meta.url));

// An HTML or Vue/JSX tag as the page writes them: <DocsLink …/>, <!-- … -->, </Component>.
const TAG = /<\/?[A-Za-z][\w.-]*(?:\s[^>]*)?\/?>|<!--/;

let h: Harness | undefined;
afterEach(async () => {
  await stopHarness(h);
  h = undefined;
});

describe('answers from a documentation page', () => {
  it('show code, formatting, lists and tips as Markdown in every embed', { timeout: 180_000 }, async () => {
    // Each distinct question once: a repeat in the channel would point at the earlier answer instead.
    const questions = [...new Set(listTopics(await loadKnowledge(contentDir)).map((t) => t.question))];
    expect(questions.length).toBeGreaterThan(10);
    h = await startHarness({ env: { CONTENT_DIR: contentDir, COOLDOWN_QUESTIONS: '1000' } });
    const descriptions: string[] = [];
    for (const question of questions) {
      const call = await ask(h.fake, question);
      expectWellFormedCall(call);
      const embed = firstEmbed(callbackMessage(call));
      const description = embed.description ?? '';
      descriptions.push(description);
      expect(embed.title, question).not.toMatch(/What does the article say about/);
      expect((description.match(/```/g) ?? []).length % 2, `${question}: fences balanced`).toBe(0);
      // Fences, inline code and bold of the source are never shown escaped.
      expect(description, question).not.toMatch(/\\`|\\\*\\\*/);
      expect(description, question).not.toMatch(/^\s*(?:> )?:::/m);
      // Links are masked http(s) links or text: the page's relative links have no address to go to.
      expect(description, question).not.toMatch(/\]\((?!https?:\/\/)/);
      // Tags the page writes as code (`<textarea>`) are content; anywhere else they would be raw markup.
      const prose = description.replace(/^(?:> )?```[\s\S]*?^(?:> )?```$/gm, '').replace(/``?[^`]*``?/g, '');
      expect(prose, question).not.toMatch(TAG);
      // Code blocks are whole: nothing but a fence line opens or closes one.
      for (const fence of description.match(/^.*```.*$/gm) ?? [])
        expect(fence, question).toMatch(/^(?:> )?```[\w#+.-]*$/);
    }
    const all = descriptions.join('\n');
    expect(all).toMatch(/^```js$/m);
    expect(all).toMatch(/^> \*\*(?:Tip|Note|Warning|Danger|Info):\*\*/m);
    expect(all).toMatch(/^(?:- |\d+\. )\S/m);
  });
});
