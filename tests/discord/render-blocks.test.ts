import { describe, expect, it } from 'vitest';
import type { Block, Inline } from '../../src/engine/index.js';
import { renderBlocks, type Marking } from '../../src/bot/render/render-blocks.js';
import { balancedFences } from './markdown-checks.js';

const none: Marking = { blocks: new Set(), words: new Set() };
const text = (value: string): Inline => ({ type: 'text', value });
const paragraph = (...inline: Inline[]): Block => ({ kind: 'paragraph', inline });
const render = (blocks: Block[], marking = none, max = 4096): string =>
  renderBlocks(blocks, marking, max).text;

describe('renderBlocks', () => {
  it('keeps the source formatting and escapes the text inside it', () => {
    const shown = render([
      paragraph(
        text('Use '),
        { type: 'code', value: 'guild.members.ban()' },
        text(', '),
        { type: 'strong', children: [text('not')] },
        text(' '),
        { type: 'emphasis', children: [text('kick')] },
        text(' or '),
        { type: 'delete', children: [text('prune')] },
        text(': 2 * 3 _is_ # six'),
      ),
    ]);
    expect(shown).toBe('Use `guild.members.ban()`, **not** *kick* or ~~prune~~: 2 \\* 3 \\_is\\_ # six');
  });

  it('renders a code block with its language, and code that holds ``` cannot close it', () => {
    const code = 'const a = `x`;\nconst md = "```js";\n```';
    const shown = render([{ kind: 'code', code, language: 'js', title: 'index.js' }]);
    expect(shown.startsWith('*index.js*\n```js\nconst a = `x`;\n')).toBe(true);
    expect(shown.endsWith('\n```')).toBe(true);
    // Only the two fences we wrote are fences; the code's backtick runs are broken by zero-width spaces.
    expect(shown.match(/```/g)).toHaveLength(2);
    expect(shown.replace(/\u200b/g, '')).toContain(code);
    expect(balancedFences(shown)).toBe(true);
  });

  it('leaves out a language Discord could not read as one', () => {
    expect(render([{ kind: 'code', code: 'x', language: 'js {1,3}\n```' }])).toBe('```\nx\n```');
  });

  it('renders inline code holding backticks so it cannot end early', () => {
    expect(render([paragraph({ type: 'code', value: 'a `b` c' })])).toBe('`` a `b` c ``');
  });

  it('makes http(s) links masked links and shows any other scheme as text', () => {
    const link = (url: string, label: string): Inline => ({ type: 'link', url, children: [text(label)] });
    const shown = render([
      paragraph(
        link('https://discord.js.org/docs?a=(1)', 'the docs'),
        text(' · '),
        link('javascript:alert(1)', 'click'),
        text(' · '),
        link('mailto:a@b.c', 'mail'),
        text(' · '),
        link('../relative.md', 'relative'),
      ),
    ]);
    expect(shown).toBe('[the docs](https://discord.js.org/docs?a=%281%29) · click · mail · relative');
  });

  it('renders bulleted, numbered, nested and task lists', () => {
    const item = (depth: number, ordered: boolean, value: string, checked?: boolean) => ({
      depth,
      ordered,
      inline: [text(value)],
      ...(checked === undefined ? {} : { checked }),
    });
    const shown = render([
      {
        kind: 'list',
        items: [
          item(0, true, 'Install'),
          item(1, false, 'npm'),
          item(1, false, 'yarn'),
          item(0, true, 'Run'),
          item(1, true, 'first'),
          item(0, false, 'done', true),
          item(0, false, 'todo', false),
        ],
      },
    ]);
    expect(shown).toBe(
      ['1. Install', '   - npm', '   - yarn', '2. Run', '   1. first', '- ☑ done', '- ☐ todo'].join('\n'),
    );
  });

  it('renders a narrow table as aligned columns in a code block', () => {
    const shown = render([
      {
        kind: 'table',
        header: [[text('Option')], [text('Type')]],
        rows: [
          [[{ type: 'code', value: 'ephemeral' }], [text('boolean')]],
          [[text('content')], [text('string')]],
        ],
      },
    ]);
    expect(shown).toBe(
      [
        '```',
        'Option    | Type',
        '----------+--------',
        'ephemeral | boolean',
        'content   | string',
        '```',
      ].join('\n'),
    );
  });

  it('renders a wide table as one list item per row, formatting kept', () => {
    const long = 'A description far too long to sit in an aligned column of an embed on a phone';
    const shown = render([
      {
        kind: 'table',
        header: [[text('Name')], [text('Type')], [text('Description')]],
        rows: [[[{ type: 'code', value: 'ephemeral' }], [text('boolean')], [text(long)]]],
      },
    ]);
    expect(shown).toBe(`- \`ephemeral\` — Type: boolean · Description: ${long}`);
  });

  it('cuts a long wide table at a row, keeps the rows the question matched and says how many are left', () => {
    const long = 'A description far too long to sit in an aligned column of an embed on a phone';
    const names = Array.from({ length: 36 }, (_, i) => `option${i}`);
    names[30] = 'nocase';
    const table: Block = {
      kind: 'table',
      header: [[text('Name')], [text('Type')], [text('Description')]],
      rows: names.map((name) => [[{ type: 'code', value: name }], [text('boolean')], [text(long)]]),
    };
    const marking: Marking = { blocks: new Set([0]), words: new Set(['nocase']) };
    const shown = render([table], marking, 1500);
    expect(shown.length).toBeLessThanOrEqual(1500);
    const lines = shown.split('\n');
    // Whole rows only, then '- …' where rows are left out, and the count of those not shown.
    const rows = lines.filter((l) => l.startsWith('- `'));
    for (const row of rows)
      expect(row).toMatch(/^- `\w+` — Type: boolean · Description: A description .* phone$/);
    expect(rows.at(-1)).toContain('`nocase`');
    expect(lines.at(-2)).toContain('`nocase`');
    expect(lines).toContain('- …');
    expect(lines.at(-1)).toBe(`*… and ${36 - rows.length} more rows in the source.*`);
    // Without a match the rows are kept from the top.
    const plain = render([table], none, 1500).split('\n');
    expect(plain[0]).toContain('`option0`');
    expect(plain).not.toContain('- …');
    expect(plain.at(-1)).toMatch(/^\*… and \d+ more rows in the source\.\*$/);
  });

  it('cuts prose between words, never inside a word or a bold run', () => {
    const item = paragraph(
      { type: 'code', value: 'minVersion(range)' },
      text(': Return the lowest version that can possibly match the given range.'),
    );
    const marking: Marking = { blocks: new Set([0]), words: new Set(['version']) };
    for (let max = 30; max <= 70; max++) {
      const shown = render([item], marking, max);
      expect(shown.length).toBeLessThanOrEqual(max);
      if (shown.endsWith('.')) continue;
      // What is shown ends with a whole word (or the bold one) and the ellipsis (none when the
      // bold word fills the room exactly).
      expect(shown, `max ${max}`).toMatch(
        /(?:\*\*version\*\*…?|\b(?:Return|the|lowest|that|can|possibly|match|given)…)$/,
      );
    }
    expect(render([item], marking, 57)).toBe('`minVersion(range)`: Return the lowest **version** that…');
  });

  it('renders an admonition as a quote labelled with its kind, and a quote as a quote', () => {
    const shown = render([
      { kind: 'admonition', admonition: 'warning', blocks: [paragraph(text('Tokens are secret.'))] },
      { kind: 'quote', blocks: [paragraph(text('Quoted line')), { kind: 'code', code: 'x()' }] },
      {
        kind: 'admonition',
        admonition: 'tip',
        title: 'Good to know',
        blocks: [paragraph(text('One')), paragraph(text('Two'))],
      },
    ]);
    expect(shown).toBe(
      [
        '> **Warning:** Tokens are secret.',
        '> Quoted line',
        '> ```',
        '> x()',
        '> ```',
        '> **Tip: Good to know**',
        '> One',
        '> ',
        '> Two',
      ].join('\n'),
    );
  });

  it('bolds matched words in prose of the answering blocks only, never in code, links or other blocks', () => {
    const blocks: Block[] = [
      paragraph(
        text('To ban a user, call '),
        { type: 'code', value: 'ban()' },
        text(' from the '),
        { type: 'link', url: 'https://example.com/ban', children: [text('ban docs')] },
        text('.'),
      ),
      { kind: 'code', code: 'guild.members.ban(user);' },
      paragraph(text('A ban is forever.')),
    ];
    const shown = render(blocks, { blocks: new Set([0, 1]), words: new Set(['ban', 'user']) });
    expect(shown).toBe(
      [
        'To **ban** a **user**, call `ban()` from the [ban docs](https://example.com/ban).',
        '```',
        'guild.members.ban(user);',
        '```',
        'A ban is forever.',
      ].join('\n'),
    );
  });

  it('marks words inside an answering admonition too', () => {
    const blocks: Block[] = [
      { kind: 'admonition', admonition: 'tip', blocks: [paragraph(text('Banning is final.'))] },
    ];
    expect(render(blocks, { blocks: new Set([0]), words: new Set(['banning']) })).toBe(
      '> **Tip:** **Banning** is final.',
    );
  });

  it('escapes content text: mentions, masked-link syntax and line-start markers stay literal', () => {
    const shown = render([paragraph(text('# not a heading @everyone <@123> [x](https://evil.example) > q'))]);
    expect(shown).not.toMatch(/@everyone|<@\d/);
    expect(shown).not.toMatch(/(?<!\\)\[x(?<!\\)\]\(/);
    expect(shown.startsWith('\\# not a heading')).toBe(true);
  });

  it('breaks mentions inside code, and nothing else of it', () => {
    const shown = render([
      {
        kind: 'code',
        code: "send('@everyone <@123> <#456>'); const m = new Map<string, number>();",
        language: 'ts',
      },
      paragraph({ type: 'code', value: '@here <@&789>' }),
    ]);
    expect(shown).not.toMatch(/@(everyone|here)\b|<(@[!&]?|#)\d+>/);
    expect(shown).toContain('new Map<string, number>()');
    expect(shown.replace(/\u200b/g, '')).toContain("send('@everyone <@123> <#456>');");
  });
});
