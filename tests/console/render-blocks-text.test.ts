import { describe, expect, it } from 'vitest';
import { renderReplyText } from '../../src/console/render-reply-text.js';
import type { Block, Passage } from '../../src/engine/index.js';
import { buildReply } from '../../src/reply/build-reply.js';
import { answerWith, banPassages, cite, lookup, passageOf } from '../reply/document-fixtures.js';

function text(passages: readonly Passage[], color = false, ...highlighted: string[]): string {
  const answer = answerWith(passages.map((p) => cite(p, ...highlighted)));
  return renderReplyText(buildReply(answer, { articleTitle: 'FAQ', passageOf: lookup(passages) }), { color });
}

describe('the console shows a document passage with its structure', () => {
  it('indents code, labels admonitions and writes links as text (url)', () => {
    expect(text(banPassages)).toBe(
      [
        'Q: How do I ban a user?',
        'To ban a user, use the `GuildMemberManager#ban()` (https://discord.js.org/docs/packages/discord.js/main/GuildMemberManager:Class#ban) method: the user can be an id.',
        "    const user = interaction.options.getUser('target');",
        '    guild.members.ban(user);',
        'Tip: Banning needs the Ban Members permission.',
        'Sources: § How do I ban a user? ¶1–2 — FAQ',
        '',
      ].join('\n'),
    );
  });

  it('shows lists, tables and quotes, bold only on matched prose words on a terminal', () => {
    const blocks: Block[] = [
      {
        kind: 'list',
        items: [
          { depth: 0, ordered: true, inline: [{ type: 'text', value: 'ban them' }] },
          { depth: 1, ordered: false, checked: true, inline: [{ type: 'code', value: 'ban()' }] },
        ],
      },
      {
        kind: 'table',
        header: [[{ type: 'text', value: 'a' }], [{ type: 'text', value: 'bb' }]],
        rows: [[[{ type: 'text', value: 'ccc' }], [{ type: 'text', value: 'd' }]]],
      },
      { kind: 'quote', blocks: [{ kind: 'paragraph', inline: [{ type: 'text', value: 'quoted' }] }] },
      {
        kind: 'paragraph',
        inline: [
          { type: 'link', url: 'javascript:alert(1)', children: [{ type: 'text', value: 'no link' }] },
        ],
      },
    ];
    const passage = { ...passageOf('p1', blocks[0]!, 'ban them ban()'), blocks };
    const shown = text([passage], true, 'ban');
    expect(shown).toContain('  1. \u001b[1mban\u001b[22m them\n    - [x] `ban()`\n');
    expect(shown).toContain('  a   | bb\n  ----+---\n  ccc | d\n');
    expect(shown).toContain('> quoted\nno link\n');
  });

  it('shows a table wider than a terminal as one item per row, not padded columns', () => {
    const cell = (value: string) => [{ type: 'text' as const, value }];
    const long =
      'Remove backslashes preceding escaped characters in the glob pattern, and more words besides.';
    const table: Block = {
      kind: 'table',
      header: [cell('Option'), cell('Type'), cell('Description')],
      rows: [
        [cell('unescape'), cell('boolean'), cell(long)],
        [cell('dot'), cell('boolean'), cell('Match dotfiles.')],
      ],
    };
    const passage = { ...passageOf('p1', table, 'unescape'), blocks: [table] };
    const shown = text([passage]);
    expect(shown).toContain(`  - unescape — Type: boolean · Description: ${long}\n`);
    expect(shown).toContain('  - dot — Type: boolean · Description: Match dotfiles.\n');
    expect(shown).not.toMatch(/ {3,}\|/);
  });
});
