import { describe, expect, it } from 'vitest';
import type { Passage } from '../../src/content/knowledge-base.js';
import { parseDocument } from '../../src/content/parse-document.js';

// Blocks as documentation sites write them (markdown-blocks.test.ts has the other constructs).
const parse = (text: string): Passage[] => {
  const { passages, problems } = parseDocument({ file: 'page.md', text });
  expect(problems).toEqual([]);
  return passages;
};
const kinds = (passages: readonly Passage[]): string[] => passages.map((p) => p.kind);

describe('a documentation page', () => {
  it('keeps a code block (and a short one right after it) with the paragraph just before it, whatever it ends with, and only that one', () => {
    const passages = parse(
      '# T\n\nModals hold text inputs.\n\nRead a value with `getTextInputValue()` and the input id.\n\n' +
        "```js\nconst color = fields.getTextInputValue('color');\n```\n\n```js\nconsole.log(color);\n```\n",
    );
    expect(kinds(passages)).toEqual(['paragraph', 'code']);
    expect(passages[1]?.blocks?.map((b) => b.kind)).toEqual(['paragraph', 'code', 'code']);
    expect(passages[1]?.sentences.map((s) => s.block)).toEqual([0, 1, 2]);
  });

  it('drops a Vue tag whose attributes stand on lines of their own, closed by a `>` line (not a quote)', () => {
    const passages = parse(
      '# T\n\n<DiscordMessages>\n\t<DiscordEmbed\n\t\tborder-color="#0099ff"\n\t\turl="https://discord.js.org/"\n' +
        '\t>\n\t\tSome description here\n\t</DiscordEmbed>\n</DiscordMessages>\n',
    );
    expect(passages.map((p) => p.text.trim())).toEqual(['Some description here']);
    expect(kinds(passages)).toEqual(['paragraph']);
  });
});
