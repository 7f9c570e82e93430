import { describe, expect, it } from 'vitest';
import type { Passage } from '../../src/content/knowledge-base.js';
import { parseDocument } from '../../src/content/parse-document.js';

const parse = (text: string, file = 'page.md'): Passage[] => {
  const { passages, problems } = parseDocument({ file, text });
  expect(problems).toEqual([]);
  return passages;
};
const kinds = (passages: readonly Passage[]): string[] => passages.map((p) => p.kind);

describe('code blocks', () => {
  it('keep a fence with blank lines whole, verbatim, with its language', () => {
    const code = 'const a = 1;\n\nmember.timeout(60_000); // Timeout for one minute\n\nconst b = 2;';
    const [passage] = parse(`# T\n\n\`\`\`js\n${code}\n\`\`\`\n`);
    expect(passage?.kind).toBe('code');
    expect(passage?.blocks).toEqual([{ kind: 'code', code, language: 'js' }]);
    expect(passage?.text).toBe(code);
    // Ranked by its stretches between blank lines; shown whole (the block above).
    expect(passage?.sentences.map((s) => [s.text, s.block])).toEqual([
      ['const a = 1;', 0],
      ['member.timeout(60_000); // Timeout for one minute', 0],
      ['const b = 2;', 0],
    ]);
  });

  it('index what a link points at, not shown, unless the link is its own address', () => {
    const [plugin, table] = parse(
      '# T\n\nA plugin for in () lists. [Learn more](https://x.dev/docs/HandleEmptyInListsPlugin.html#usage).\n\n' +
        '| Dialect | Link |\n| --- | --- |\n| D1 | https://github.com/a/kysely-d1 |\n',
    );
    expect(plugin?.linkWords).toBe('HandleEmptyInListsPlugin usage');
    expect(plugin?.text).not.toContain('HandleEmptyInListsPlugin');
    expect(table?.linkWords).toBeUndefined();
  });

  it('read a `# comment` inside a shell fence as code, not a heading', () => {
    const passages = parse('# T\n\n## Install\n\n```sh\n# install it\nnpm install discord.js\n```\n');
    expect(passages).toHaveLength(1);
    expect(passages[0]?.section).toBe('Install');
    expect(passages[0]?.text).toBe('# install it\nnpm install discord.js');
  });

  it('stay with the sentence ending in ":" that introduces them, and no sentence runs across them', () => {
    const passages = parse(
      '# T\n\nBan a user like this:\n\n```js\nguild.members.ban(user);\n```\n\nThat is all. It works.\n',
    );
    expect(kinds(passages)).toEqual(['code', 'paragraph']);
    expect(passages[0]?.blocks?.map((b) => b.kind)).toEqual(['paragraph', 'code']);
    expect(passages[0]?.sentences.map((s) => [s.text, s.block])).toEqual([
      ['Ban a user like this:', 0],
      ['guild.members.ban(user);', 1],
    ]);
    expect(passages[1]?.sentences.map((s) => s.text)).toEqual(['That is all.', 'It works.']);
  });

  it('name their file from a title in the fence meta (Docusaurus)', () => {
    const [passage] = parse('```ts title="src/db.ts"\nexport const db = 1\n```\n');
    expect(passage?.blocks?.[0]).toEqual({
      kind: 'code',
      code: 'export const db = 1',
      language: 'ts',
      title: 'src/db.ts',
    });
  });
});

describe('lists and tables', () => {
  it('make a list one passage whose items (nested ones too) are its sentences', () => {
    const [passage] = parse('# T\n\n- `time`: how long\n- `max`: how many\n  1. nested one\n- [x] done\n');
    expect(passage?.kind).toBe('list');
    expect(passage?.sentences.map((s) => s.text)).toEqual([
      'time: how long',
      'max: how many',
      'nested one',
      'done',
    ]);
    const list = passage?.blocks?.[0];
    expect(list?.kind === 'list' ? list.items.map((i) => [i.depth, i.ordered, i.checked]) : []).toEqual([
      [0, false, undefined],
      [0, false, undefined],
      [1, true, undefined],
      [0, false, true],
    ]);
    expect(list?.kind === 'list' ? list.items[0]?.inline : []).toEqual([
      { type: 'code', value: 'time' },
      { type: 'text', value: ': how long' },
    ]);
  });

  it('keep a sentence ending in ":" with the list it introduces', () => {
    const passages = parse('# T\n\nThe options are:\n\n- one\n- two\n');
    expect(kinds(passages)).toEqual(['list']);
    expect(passages[0]?.sentences.map((s) => [s.text, s.block])).toEqual([
      ['The options are:', 0],
      ['one', 1],
      ['two', 1],
    ]);
  });

  it('read a list whose items hold code as the blocks of its items', () => {
    const passages = parse('# T\n\n1. Install it:\n\n   ```sh\n   npm i kysely\n   ```\n\n2. Use it.\n');
    expect(kinds(passages)).toEqual(['code', 'paragraph']);
  });

  it('make a table one passage whose rows (the header too) are its sentences', () => {
    const [passage] = parse(
      '# T\n\n| Dialect | Driver |\n| --- | --- |\n| PostgreSQL | pg |\n| MySQL | mysql2 |\n',
    );
    expect(passage?.kind).toBe('table');
    expect(passage?.sentences.map((s) => s.text)).toEqual([
      'Dialect | Driver',
      'PostgreSQL | pg',
      'MySQL | mysql2',
    ]);
    expect(passage?.text).not.toContain('---');
  });
});

describe('admonitions and quotes', () => {
  it.each([
    ['VuePress, with a space', '::: tip\nUse `.some()`.\n:::', 'tip', undefined],
    ['VuePress, with a title', '::: warning Be careful\nUse `.some()`.\n:::', 'warning', 'Be careful'],
    ['directive', ':::note\nUse `.some()`.\n:::', 'note', undefined],
    ['Docusaurus, with a title', ':::info[Parsing JSON]\nUse `.some()`.\n:::', 'info', 'Parsing JSON'],
    ['GitHub alert', '> [!CAUTION]\n> Use `.some()`.', 'caution', undefined],
  ])('reads a %s admonition with its kind and no raw marker', (_name, markdown, kind, title) => {
    const [passage] = parse(`# T\n\n${markdown}\n`);
    expect(passage?.kind).toBe('admonition');
    expect(passage?.blocks?.[0]).toEqual({
      kind: 'admonition',
      admonition: kind,
      ...(title === undefined ? {} : { title }),
      blocks: [
        {
          kind: 'paragraph',
          inline: [
            { type: 'text', value: 'Use ' },
            { type: 'code', value: '.some()' },
            { type: 'text', value: '.' },
          ],
        },
      ],
    });
    expect(passage?.text).not.toMatch(/:::|\[!/u);
  });

  it('leaves a `::: tip` line inside a code fence as code', () => {
    const [passage] = parse('```md\n::: tip Title\ntext\n:::\n```\n');
    expect(passage?.blocks?.[0]).toEqual({ kind: 'code', code: '::: tip Title\ntext\n:::', language: 'md' });
  });

  it('reads a four-colon VuePress container holding three-colon ones, leaving no marker', () => {
    const passages = parse(
      ':::: code-group\n::: code-group-item ready.js\n```js\nclient.once(ready);\n```\n:::\n::::\n\nAfter it.\n',
    );
    expect(passages.map((p) => p.text)).toEqual(['client.once(ready);', 'After it.']);
  });

  it('reads an ordinary block quote as a quote', () => {
    const [passage] = parse('> This section should not be confused with another.\n');
    expect(passage?.kind).toBe('quote');
    expect(passage?.text).toBe('This section should not be confused with another.');
  });
});

describe('front matter, HTML, Vue and MDX', () => {
  it('takes the title and public url from front matter, linking each passage to its section', () => {
    const passages = parse(
      '---\ntitle: FAQ\nurl: https://example.org/faq\nsidebar_position: 3\n---\n\n## How do I ban a user?\n\nUse ban.\n',
    );
    expect(passages[0]?.url).toBe('https://example.org/faq#how-do-i-ban-a-user');
    expect(passages[0]?.source).toBe('FAQ § How do I ban a user? ¶1');
    expect(passages[0]?.text).toBe('Use ban.');
  });

  it('refuses front matter that is not YAML, or a url that is not http(s)', () => {
    for (const front of ['title: [unclosed', 'url: ftp://example.org']) {
      const { problems } = parseDocument({ file: 'faq.md', text: `---\n${front}\n---\n\nText.\n` });
      expect(problems, front).toEqual([expect.objectContaining({ file: 'faq.md', entry: 'front matter' })]);
    }
  });

  it('drops HTML comments and Vue components, keeping the text they wrap or the API name they render', () => {
    const passages = parse(
      '# T\n\n<!-- eslint-skip -->\n\n<p><DocsLink path="Collector:Class">Collectors</DocsLink> are *useful*.</p>\n\nUsing <DocsLink path="TextChannel:Class#awaitMessages" type="method" /> is easier.\n\n<ResultingCode path="x" />\n',
    );
    expect(passages.map((p) => p.text)).toEqual([
      'Collectors are useful.',
      'Using TextChannel#awaitMessages() is easier.',
    ]);
    expect(passages[1]?.blocks).toEqual([
      {
        kind: 'paragraph',
        inline: [
          { type: 'text', value: 'Using ' },
          { type: 'code', value: 'TextChannel#awaitMessages()' },
          { type: 'text', value: ' is easier.' },
        ],
      },
    ]);
    expect(passages[0]?.blocks).toEqual([
      {
        kind: 'paragraph',
        inline: [
          { type: 'text', value: 'Collectors are ' },
          { type: 'emphasis', children: [{ type: 'text', value: 'useful' }] },
          { type: 'text', value: '.' },
        ],
      },
    ]);
  });

  it('drops an HTML comment that spans blank lines whole', () => {
    const passages = parse(
      '# T\n\n<!-- TODO: update\nRestart your bot:\n\nstill the comment -->\n\nAfter it.\n',
    );
    expect(passages.map((p) => p.text)).toEqual(['After it.']);
  });

  it('drops a Vue slot tag CommonMark does not read as HTML (`<template #name>`)', () => {
    const passages = parse(
      '# T\n\n<DiscordMessages>\n\t<template #interactions>\n\t\tping\n\t</template>\n</DiscordMessages>\n',
    );
    expect(passages.map((p) => p.text)).toEqual(['ping']);
  });

  it('reads MDX: import/export lines and JSX are not content, the Markdown a component wraps is', () => {
    const mdx =
      "---\ntitle: 'Execution flow'\n---\n\nimport Tabs from '@theme/Tabs'\n\n<Tabs>\n\nRun **it**.\n\n</Tabs>\n\nexport const x = 1\n";
    const { passages, format, info } = parseDocument({ file: 'flow.mdx', text: mdx });
    expect([format, info.title]).toEqual(['mdx', 'Execution flow']);
    expect(passages.map((p) => p.text)).toEqual(['Run it.']);
  });

  it('reads an empty MDX component naming an API item as that name, and drops one naming none', () => {
    const mdx = '# T\n\nCall <DocsLink path="Client:Class#ready" /> once.<Spacer size="2" />\n';
    const { passages, format } = parseDocument({ file: 'ready.mdx', text: mdx });
    expect(format).toBe('mdx');
    expect(passages.map((p) => p.text)).toEqual(['Call Client#ready once.']);
  });

  it('reads a page that is not valid MDX as Markdown, and says so', () => {
    const { passages, format } = parseDocument({
      file: 'bad.mdx',
      text: '# T\n\n<!-- a comment -->\n\nA { brace.\n',
    });
    expect(format).toBe('mdx-as-markdown');
    expect(passages.map((p) => p.text)).toEqual(['A { brace.']);
  });
});

describe('links', () => {
  it('keeps absolute http(s) links, resolves relative ones against the url, else keeps their text', () => {
    const text =
      '[guide](https://discord.js.org/) and [events](/creating-your-bot/event-handling.md) and [top](#top) and [mail](mailto:a@b.c).';
    const [withUrl] = parse(`---\nurl: https://discordjs.guide/faq/\n---\n\n${text}\n`);
    const links = (p: Passage | undefined) =>
      p?.blocks?.[0]?.kind === 'paragraph'
        ? p.blocks[0].inline.filter((i) => i.type === 'link').map((i) => (i.type === 'link' ? i.url : ''))
        : [];
    expect(links(withUrl)).toEqual([
      'https://discord.js.org/',
      'https://discordjs.guide/creating-your-bot/event-handling.md',
      'https://discordjs.guide/faq/#top',
    ]);
    const [withoutUrl] = parse(`${text}\n`);
    expect(links(withoutUrl)).toEqual(['https://discord.js.org/']);
    expect(withoutUrl?.text).toBe('guide and events and top and mail.');
  });

  it('keeps prose the directive syntax would misread (`TextChannel:Class`)', () => {
    const [passage] = parse('Read TextChannel:Class for details.\n');
    expect(passage?.text).toBe('Read TextChannel:Class for details.');
  });
});
