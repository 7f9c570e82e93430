import { describe, expect, it } from 'vitest';
import type { Passage } from '../../src/content/knowledge-base.js';
import { parseDocument } from '../../src/content/parse-document.js';

const parse = (text: string): Passage[] => {
  const { passages, problems } = parseDocument({ file: 'page.md', text });
  expect(problems).toEqual([]);
  return passages;
};
const shape = (passages: readonly Passage[]): string[][] => passages.map((p) => p.blocks!.map((b) => b.kind));

describe('an introducing sentence', () => {
  it('keeps a table after a sentence ending in ":", not after one that does not', () => {
    const table = '| a | b |\n| --- | --- |\n| 1 | 2 |\n';
    expect(shape(parse(`# T\n\nThe options are as follows:\n\n${table}`))).toEqual([['paragraph', 'table']]);
    expect(shape(parse(`# T\n\nThe options are listed here.\n\n${table}`))).toEqual([
      ['paragraph'],
      ['table'],
    ]);
  });

  it('stays with a long list it introduces', () => {
    const items = Array.from({ length: 40 }, (_, k) => `* \`require('lib/part${k}')\``).join('\n');
    expect(shape(parse(`# T\n\nThe following modules are available:\n\n${items}\n`))).toEqual([
      ['paragraph', 'list'],
    ]);
  });

  it('keeps the second of two short examples after it with the first', () => {
    const passages = parse(
      '# T\n\nSet it to false to omit the number:\n\n```js\ninc("1.2.3", "beta", "1")\n```\n\n```js\ninc("1.2.3", "beta", false)\n```\n\nThen another paragraph.\n',
    );
    expect(shape(passages)).toEqual([['paragraph', 'code', 'code'], ['paragraph']]);
    expect(passages[0]?.kind).toBe('code');
  });

  it('leaves a long second example a passage of its own', () => {
    const long = Array.from({ length: 60 }, (_, k) => `const value${k} = compute(${k});`).join('\n');
    const passages = parse(
      `# T\n\nIt looks like this:\n\n\`\`\`js\nrun();\n\`\`\`\n\n\`\`\`js\n${long}\n\`\`\`\n`,
    );
    expect(shape(passages)).toEqual([['paragraph', 'code'], ['code']]);
  });
  it('goes with the passage before it when what it introduces is not content (screenshots, end of section)', () => {
    const passages = parse(
      '# T\n\n## Usage\n\nThe variable enables them by name.\n\nHere are some examples:\n\n<img src="a.png">\n<img src="b.png">\n\n## Next\n\nMore.\n',
    );
    expect(shape(passages)).toEqual([['paragraph', 'paragraph'], ['paragraph']]);
    expect(passages.map((p) => p.text)).not.toContain('Here are some examples:');
    // Alone in its section, it stays: there is nothing before it to join.
    expect(shape(parse('# T\n\n## Constants\n\nThese are exported:\n\n## A\n\nText.\n'))).toEqual([
      ['paragraph'],
      ['paragraph'],
    ]);
  });

  it('keeps the code a further "Example file.js:" line introduces', () => {
    const passages = parse(
      '# T\n\nThis can be configured by overriding the log method:\n\nExample [_stdout.js_](./stdout.js):\n\n```js\nlog.log = console.log.bind(console);\n```\n\nThen more prose.\n',
    );
    expect(shape(passages)).toEqual([['paragraph', 'paragraph', 'code'], ['paragraph']]);
  });

  it('keeps a list and the code after it when both follow a ":"', () => {
    const intro =
      'Add two properties to your config file:\n\n- `clientId`: the id\n- `guildId`: the server\n\n';
    const code = '```json\n{ "clientId": "1" }\n```\n';
    expect(shape(parse(`# T\n\n${intro}${code}`))).toEqual([['paragraph', 'list', 'code']]);
    // Without the ':' the paragraph keeps neither.
    expect(shape(parse(`# T\n\n${intro.replace(':', '.')}${code}`))).toEqual([
      ['paragraph'],
      ['list'],
      ['code'],
    ]);
  });
});

describe('a label', () => {
  it('goes with the block after it: a bold-only line before a list or code', () => {
    const passages = parse(
      '# T\n\n## api\n\nCreates a matcher.\n\n**Params**\n\n* `globs` **{String}**: patterns.\n* `options` **{Object}**\n\n**Example**\n\n```js\nmatch("a");\n```\n',
    );
    expect(shape(passages)).toEqual([['paragraph'], ['paragraph', 'list'], ['paragraph', 'code']]);
    expect(passages[1]?.kind).toBe('list');
  });

  it('goes with the block after it: short "Label: value" lines before their description', () => {
    const passages = parse(
      '# T\n\n## options.expandRange\n\nType: `function`\n\nDefault: `undefined`\n\nCustom function for expanding ranges.\n',
    );
    expect(passages).toHaveLength(1);
    expect(passages[0]?.text).toBe(
      'Type: function\n\nDefault: undefined\n\nCustom function for expanding ranges.',
    );
  });

  it('at the end of a section goes with the block before it; a sentence is not a label', () => {
    expect(shape(parse('# T\n\n## A\n\nSome prose here.\n\n**Deprecated**\n\n## B\n\nMore.\n'))).toEqual([
      ['paragraph', 'paragraph'],
      ['paragraph'],
    ]);
    expect(shape(parse('# T\n\nNote: this is done once.\n\nAnother paragraph.\n'))).toEqual([
      ['paragraph'],
      ['paragraph'],
    ]);
  });
});

describe('a long table', () => {
  const row = (k: number): string =>
    `| \`option${k}\` | \`boolean\` | Turns feature number ${k} on, as the long description of this row says. |`;
  const table = (n: number): string =>
    `| Option | Type | Description |\n| --- | --- | --- |\n${Array.from({ length: n }, (_, k) => row(k + 1)).join('\n')}\n`;

  it('is read as passages of a few rows each, every one under the header row, the intro with the first', () => {
    const passages = parse(`# T\n\nThese options are accepted:\n\n${table(30)}`);
    expect(passages.length).toBeGreaterThan(2);
    expect(passages[0]?.blocks?.map((b) => b.kind)).toEqual(['paragraph', 'table']);
    const tables = passages.map((p) => p.blocks!.at(-1)!).filter((b) => b.kind === 'table');
    expect(tables).toHaveLength(passages.length);
    expect(tables.flatMap((t) => (t.kind === 'table' ? t.rows : []))).toHaveLength(30);
    for (const p of passages) {
      expect(p.sentences.filter((s) => s.text.startsWith('Option | Type | Description'))).toHaveLength(1);
      expect(p.text.length).toBeLessThan(1500);
    }
    expect(passages.at(-1)?.text).toContain('option30');
  });

  it('stays one passage when it is short', () => {
    expect(parse(`# T\n\n${table(5)}`)).toHaveLength(1);
  });
});
