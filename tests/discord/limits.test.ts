import { ButtonStyle, ComponentType, type APIButtonComponent, type APIEmbed } from 'discord-api-types/v10';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DISCORD_LIMITS,
  embedLength,
  escapeUserText,
  fitButtonRows,
  fitChoices,
  fitContent,
  fitEmbed,
  fitEmbeds,
} from '../../src/bot/render/limits.js';
import { isWellFormed } from '../reply/well-formed.js';

const LONG = 'x'.repeat(6000);
const button = (custom_id: string, label = 'go'): APIButtonComponent => ({
  type: ComponentType.Button,
  style: ButtonStyle.Secondary,
  label,
  custom_id,
});

describe('fitContent', () => {
  it('cuts 6,000 characters to 2,000 with an ellipsis', () => {
    const out = fitContent(LONG);
    expect(out).toHaveLength(DISCORD_LIMITS.content);
    expect(out.endsWith('…')).toBe(true);
  });

  it('replaces lone surrogates and never splits a pair at the cut', () => {
    expect(fitContent('a\uD800b')).toBe('a\uFFFDb');
    const emoji = '😀'.repeat(1500);
    const out = fitContent(emoji);
    expect(out.length).toBeLessThanOrEqual(DISCORD_LIMITS.content);
    expect(isWellFormed(out)).toBe(true);
  });
});

describe('fitEmbed', () => {
  it('enforces title, description, footer, author and field limits', () => {
    const embed: APIEmbed = {
      title: LONG,
      description: LONG,
      footer: { text: LONG },
      author: { name: LONG },
      fields: Array.from({ length: 30 }, () => ({ name: LONG, value: LONG })),
    };
    const out = fitEmbed(embed);
    expect(out.title?.length).toBeLessThanOrEqual(DISCORD_LIMITS.embedTitle);
    expect(out.description?.length ?? 0).toBeLessThanOrEqual(DISCORD_LIMITS.embedDescription);
    expect(out.footer?.text.length).toBeLessThanOrEqual(DISCORD_LIMITS.embedFooter);
    expect(out.author?.name.length).toBeLessThanOrEqual(DISCORD_LIMITS.embedAuthorName);
    expect(out.fields?.length ?? 0).toBeLessThanOrEqual(DISCORD_LIMITS.embedFields);
    for (const field of out.fields ?? []) {
      expect(field.name.length).toBeLessThanOrEqual(DISCORD_LIMITS.fieldName);
      expect(field.value.length).toBeLessThanOrEqual(DISCORD_LIMITS.fieldValue);
    }
    expect(embedLength(out)).toBeLessThanOrEqual(DISCORD_LIMITS.embedTotal);
  });

  it('shrinks the description first to meet the 6,000 total', () => {
    const out = fitEmbed({ title: 't'.repeat(256), description: LONG, footer: { text: 'f'.repeat(2048) } });
    expect(embedLength(out)).toBeLessThanOrEqual(DISCORD_LIMITS.embedTotal);
    expect(out.title).toBe('t'.repeat(256));
    expect(out.footer?.text).toBe('f'.repeat(2048));
  });

  it('leaves an embed within limits unchanged', () => {
    const embed: APIEmbed = { title: 'Q?', description: 'A.', footer: { text: 'Source' } };
    expect(fitEmbed(embed)).toEqual(embed);
  });
});

describe('fitEmbeds', () => {
  it('keeps several embeds within 6,000 characters together', () => {
    const out = fitEmbeds(Array.from({ length: 12 }, () => ({ description: 'd'.repeat(4000) })));
    expect(out.length).toBeLessThanOrEqual(DISCORD_LIMITS.embedsPerMessage);
    expect(out.reduce((sum, e) => sum + embedLength(e), 0)).toBeLessThanOrEqual(DISCORD_LIMITS.embedTotal);
  });
});

describe('fitButtonRows', () => {
  it('keeps 5 rows of 5 buttons, shortens labels to 80 and drops ids over 100', () => {
    const rows = Array.from({ length: 7 }, (_, r) =>
      Array.from({ length: 7 }, (_, b) => button(`id-${r}-${b}`, 'label '.repeat(40))),
    );
    rows[0]![0] = button('x'.repeat(101));
    const out = fitButtonRows(rows);
    expect(out).toHaveLength(DISCORD_LIMITS.actionRows);
    for (const row of out) {
      expect(row.type).toBe(ComponentType.ActionRow);
      expect(row.components.length).toBeLessThanOrEqual(DISCORD_LIMITS.buttonsPerRow);
      for (const b of row.components) {
        if ('label' in b) expect(b.label?.length ?? 0).toBeLessThanOrEqual(DISCORD_LIMITS.buttonLabel);
        if ('custom_id' in b) expect(b.custom_id.length).toBeLessThanOrEqual(DISCORD_LIMITS.customId);
      }
    }
    expect(out[0]?.components.some((b) => 'custom_id' in b && b.custom_id.startsWith('xxx'))).toBe(false);
  });

  it('drops empty rows', () => {
    expect(fitButtonRows([[], [button('a')]])).toHaveLength(1);
  });
});

describe('fitChoices', () => {
  it('keeps 25 choices with names and values of at most 100 characters', () => {
    const out = fitChoices(
      Array.from({ length: 40 }, (_, i) => ({ name: `${i} ${LONG}`, value: `${i} ${LONG}` })),
    );
    expect(out).toHaveLength(DISCORD_LIMITS.choices);
    for (const c of out) {
      expect(c.name.length).toBeLessThanOrEqual(DISCORD_LIMITS.choiceName);
      expect(c.value.length).toBeLessThanOrEqual(DISCORD_LIMITS.choiceValue);
    }
  });

  it('drops blank names and fixes broken Unicode', () => {
    const out = fitChoices([
      { name: '   ', value: 'a' },
      { name: 'ok\uDC00', value: 'b' },
    ]);
    expect(out).toEqual([{ name: 'ok\uFFFD', value: 'b' }]);
  });
});

describe('escapeUserText', () => {
  it('escapes markdown', () => {
    const out = escapeUserText(
      '**bold** _it_ `code` ~~s~~ ||spoiler|| # head\n> quote\n-# small [x](http://e.com)',
    );
    expect(out).not.toMatch(/(^|[^\\])\*\*/);
    expect(out).toContain('\\*\\*bold\\*\\*');
    expect(out).toContain('\\`code\\`');
    expect(out).toContain('\\|\\|spoiler\\|\\|');
    expect(out).toContain('\\> quote');
    expect(out).toContain('\\-# small');
    expect(out).toContain('\\[x\\]');
  });

  it('neutralises @everyone, @here, user, role and channel mentions', () => {
    const out = escapeUserText('@everyone @here <@123> <@!456> <@&789> <#1011>');
    expect(out).not.toMatch(/@everyone|@here|<@\d|<@!|<@&|<#\d/);
    expect(out).toContain('@\u200beveryone');
  });

  it('replaces lone surrogates', () => {
    expect(isWellFormed(escapeUserText('bad \uD83D text'))).toBe(true);
  });

  it('leaves no markdown character unescaped, for any input (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        const out = escapeUserText(text);
        for (const match of out.matchAll(/(\\*)[*_~`|]/g)) {
          expect((match[1] ?? '').length % 2).toBe(1);
        }
      }),
    );
  });
});
